import { UserInfoService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogEntityDeletePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { kubernetesProxyPermission } from '@backstage/plugin-kubernetes-common';
import { templateManagementPermission } from '@backstage/plugin-scaffolder-common/alpha';
import {
  gitopsDeliveryReconcilePermission,
  gitopsPrivilegedWorkloadCreatePermission,
  gitopsServiceDataDeletePermission,
} from '@homeport/plugin-gitops-common';

/**
 * The permissions only members of `homeport.admins` hold: creating privileged or GPU
 * workloads, decommissioning a service with its data volumes and databases, acting on the cluster (reconcile, proxy), registering and deleting catalog
 * locations and entities (a registered location could bring its own templates), and
 * managing templates (`scaffolder.template.management`: the template editor, and dry
 * runs of template bodies that are not registered templates, which Homeport's scaffolder
 * module gates with it). Dry runs of registered templates (`scaffolder.template.dry-run`,
 * the Create wizard's change preview) stay open. Everything else is open to any
 * signed-in user.
 */
export const PRIVILEGED_PERMISSIONS: ReadonlySet<string> = new Set([
  gitopsPrivilegedWorkloadCreatePermission.name,
  gitopsDeliveryReconcilePermission.name,
  gitopsServiceDataDeletePermission.name,
  kubernetesProxyPermission.name,
  catalogEntityDeletePermission.name,
  catalogLocationCreatePermission.name,
  catalogLocationDeletePermission.name,
  templateManagementPermission.name,
]);

/**
 * Homeport's permission policy: a small allow list of privileged permissions held by
 * the configured admin groups (or users); all other permissions are allowed.
 *
 * @public
 */
export class HomeportPermissionPolicy implements PermissionPolicy {
  static fromConfig(
    config: Config,
    options: { userInfo: UserInfoService },
  ): HomeportPermissionPolicy {
    const admins = config.getOptionalStringArray('homeport.admins') ?? [];
    return new HomeportPermissionPolicy(admins, options.userInfo);
  }

  private readonly admins: ReadonlySet<string>;

  private constructor(
    admins: string[],
    private readonly userInfo: UserInfoService,
  ) {
    this.admins = new Set(admins.map(ref => ref.toLocaleLowerCase('en-US')));
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!PRIVILEGED_PERMISSIONS.has(request.permission.name)) {
      return { result: AuthorizeResult.ALLOW };
    }
    return {
      result: (await this.isAdmin(user))
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
  }

  private async isAdmin(user?: PolicyQueryUser): Promise<boolean> {
    if (!user || this.admins.size === 0) return false;
    const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
      user.credentials,
    );
    return ownershipEntityRefs.some(ref =>
      this.admins.has(ref.toLocaleLowerCase('en-US')),
    );
  }
}
