import { argoBase, edit, lintRule } from '../../testing';

const ID = 'argocd-ceph-eso/namespace-labels';
const NS = 'cluster/platform/base/namespaces/platform.yaml';

describe('argocd-ceph-eso/namespace-labels', () => {
  it('passes on namespaces with a pod-security level', () => {
    const tree = edit(argoBase(), NS, ['  name: argocd\n', '  name: argocd\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n']);
    expect(lintRule(ID, tree).filter(f => f.file === NS && f.line < 9)).toEqual([]);
  });

  it('reports namespaces without one', () => {
    expect(lintRule(ID, argoBase()).filter(f => f.file === NS)).toEqual([
      { file: NS, line: 4, message: 'Namespace argocd sets no pod-security.kubernetes.io/enforce label' },
      { file: NS, line: 9, message: 'Namespace databases sets no pod-security.kubernetes.io/enforce label' },
    ]);
  });
});
