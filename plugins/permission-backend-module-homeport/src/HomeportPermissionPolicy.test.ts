import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { catalogEntityReadPermission, catalogLocationCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import { kubernetesProxyPermission } from '@backstage/plugin-kubernetes-common';
import {
  templateDryRunPermission,
  templateManagementPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  gitopsPrivilegedWorkloadCreatePermission,
  gitopsServiceDataDeletePermission,
} from '@homeport/plugin-gitops-common';
import { HomeportPermissionPolicy } from './HomeportPermissionPolicy';

const memberships: Record<string, string[]> = {
  'user:default/ada': ['user:default/ada', 'group:default/platform-admins'],
  'user:default/guest': ['user:default/guest', 'group:default/guests'],
};

const userInfo = mockServices.userInfo.mock({
  async getUserInfo(credentials) {
    const ref = (credentials.principal as { userEntityRef: string }).userEntityRef;
    return { userEntityRef: ref, ownershipEntityRefs: memberships[ref] };
  },
});

function user(userEntityRef: string): PolicyQueryUser {
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: { userEntityRef, ownershipEntityRefs: [] },
  };
}

const policy = HomeportPermissionPolicy.fromConfig(
  new ConfigReader({ homeport: { admins: ['group:default/Platform-Admins'] } }),
  { userInfo },
);

describe('HomeportPermissionPolicy', () => {
  it('lets a member of an admin group create privileged workloads', async () => {
    await expect(
      policy.handle(
        { permission: gitopsPrivilegedWorkloadCreatePermission },
        user('user:default/ada'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it("lets an admin, and only an admin, delete a service's data", async () => {
    await expect(
      policy.handle({ permission: gitopsServiceDataDeletePermission }, user('user:default/ada')),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: gitopsServiceDataDeletePermission }, user('user:default/guest')),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('refuses privileged permissions to a guest and to a service caller', async () => {
    for (const permission of [
      gitopsPrivilegedWorkloadCreatePermission,
      gitopsServiceDataDeletePermission,
      kubernetesProxyPermission,
      templateManagementPermission,
      catalogLocationCreatePermission,
    ]) {
      await expect(
        policy.handle({ permission }, user('user:default/guest')),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
      await expect(policy.handle({ permission })).resolves.toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('allows ordinary permissions to everyone, dry runs of registered templates too', async () => {
    for (const permission of [catalogEntityReadPermission, templateDryRunPermission]) {
      await expect(
        policy.handle({ permission }, user('user:default/guest')),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    }
  });

  it('lets an admin manage templates (dry runs of any template body)', async () => {
    await expect(
      policy.handle(
        { permission: templateManagementPermission },
        user('user:default/ada'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('denies privileged permissions to all when no admins are configured', async () => {
    const closed = HomeportPermissionPolicy.fromConfig(new ConfigReader({}), {
      userInfo,
    });
    await expect(
      closed.handle(
        { permission: gitopsPrivilegedWorkloadCreatePermission },
        user('user:default/ada'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});
