import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/oidc-secret-path';

describe('flux-lvm-openbao/oidc-secret-path', () => {
  it('passes on client credentials under secret/authentik/<app>', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports client credentials elsewhere', () => {
    const tree = edit(demo(), 'apps/mealie/secret.yaml', ['path: authentik/mealie', 'path: mealie/oidc']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/secret.yaml', line: 31, message: 'VaultStaticSecret mealie/mealie-authentik holds OIDC client credentials but reads mealie/oidc, not authentik/<app>' },
    ]);
  });
});
