import { argoBase, edit, lintRule } from '../../testing';

const ID = 'argocd-ceph-eso/privileged-pod';
const DEP = 'cluster/apps/productivity/whiteboard/deployment.yaml';
const PRIVILEGED: [string, string] = ['          name: http\n', '          name: http\n        securityContext:\n          privileged: true\n'];

describe('argocd-ceph-eso/privileged-pod', () => {
  it('passes in a namespace that enforces the privileged level', () => {
    let tree = edit(argoBase(), DEP, PRIVILEGED);
    tree = edit(tree, 'cluster/platform/base/namespaces/application.yaml', ['  name: productivity\n', '  name: productivity\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n']);
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports a privileged container elsewhere', () => {
    expect(lintRule(ID, edit(argoBase(), DEP, PRIVILEGED))).toEqual([
      { file: DEP, line: 23, message: 'Deployment whiteboard in namespace productivity: container whiteboard is privileged, but the namespace does not enforce pod-security level privileged' },
    ]);
  });
});
