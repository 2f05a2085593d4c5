import { argoBase, edit, lintRule } from '../../testing';

const ID = 'argocd-ceph-eso/secret-store';
const ES = 'cluster/apps/ai/shared/externalsecret.yaml';

describe('argocd-ceph-eso/secret-store', () => {
  it("passes on the profile's store", () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports a store nobody defines', () => {
    expect(lintRule(ID, edit(argoBase(), ES, ['name: vault', 'name: bitwarden']))).toEqual([
      { file: ES, line: 8, message: 'ExternalSecret ai/harbor-pull-creds uses ClusterSecretStore bitwarden, which the repository does not define' },
    ]);
  });
});
