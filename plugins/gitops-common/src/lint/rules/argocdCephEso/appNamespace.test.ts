import { argoBase, edit, lintRule } from '../../testing';

const ID = 'argocd-ceph-eso/app-namespace';
const K = 'cluster/apps/productivity/whiteboard/kustomization.yaml';

describe('argocd-ceph-eso/app-namespace', () => {
  it("passes when app kustomizations set their domain's namespace", () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports a missing namespace, a platform namespace and another domain', () => {
    expect(lintRule(ID, edit(argoBase(), K, ['namespace: productivity\n', '']))).toEqual([
      { file: K, line: 2, message: `${K} sets no namespace: its objects land wherever their files say` },
    ]);
    expect(lintRule(ID, edit(argoBase(), K, ['namespace: productivity', 'namespace: databases']))).toEqual([
      { file: K, line: 4, message: `${K} deploys into databases, which is not an app domain (ai, media, other, productivity and web)` },
    ]);
    expect(lintRule(ID, edit(argoBase(), K, ['namespace: productivity', 'namespace: media']))).toEqual([
      { file: K, line: 4, message: `${K} deploys into media, but its folder is in domain productivity` },
    ]);
  });
});
