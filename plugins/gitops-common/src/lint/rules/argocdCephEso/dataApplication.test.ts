import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/data-application';

describe('argocd-ceph-eso/data-application', () => {
  it('passes when each shared cluster has its Application', () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports one without', () => {
    const tree = withFiles(argoBase(), { 'cluster/platform/gitops/argocd/apps/pg-media-app.yaml': undefined });
    expect(lintRule(ID, tree)).toEqual([
      {
        file: 'cluster/platform/base/data/data-definitions/postgres/pg-media/kustomization.yaml',
        line: 1,
        message: 'cluster/platform/base/data/data-definitions/postgres/pg-media/ is deployed by no Argo CD Application',
      },
    ]);
  });
});
