import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { checkOwners } from './checkOwners';

const catalog = catalogServiceMock({
  entities: [
    { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name: 'platform', namespace: 'default' }, spec: { type: 'team', children: [] } },
    { apiVersion: 'backstage.io/v1alpha1', kind: 'User', metadata: { name: 'ada', namespace: 'default' }, spec: {} },
  ],
});
const credentials = async () => mockCredentials.user();
const app = (owner: unknown) => ({ kind: 'app', name: 'whoami', owner });

describe('checkOwners', () => {
  it('accepts a group or user of the catalog, written in full or short', async () => {
    await expect(checkOwners([app('group:default/platform'), app('platform'), app('user:ada')], catalog, credentials)).resolves.toBeUndefined();
  });

  it('accepts specs that name no owner, and specs that are not apps', async () => {
    await expect(checkOwners([{ kind: 'app', name: 'whoami' }, { kind: 'http', app: 'whoami', owner: '' }], catalog, credentials)).resolves.toBeUndefined();
  });

  it.each([
    ['', "Owner of whoami: no owner was given. Choose the group that owns it; Homeport does not fill in a default for an empty owner."],
    ['   ', "Owner of whoami: no owner was given. Choose the group that owns it; Homeport does not fill in a default for an empty owner."],
    [null, "Owner of whoami: no owner was given. Choose the group that owns it; Homeport does not fill in a default for an empty owner."],
    ['group:default/nobody', 'Owner of whoami: group:default/nobody is not in the catalog. Choose a group or user that exists.'],
    ['component:default/podinfo', "Owner of whoami: 'component:default/podinfo' is not a group or user reference such as group:default/platform"],
  ])('refuses the owner %j', async (owner, message) => {
    await expect(checkOwners([app(owner)], catalog, credentials)).rejects.toThrow(message);
  });
});
