import { argoBase, edit, lintRule, withFiles } from '../../testing';

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

describe('argocd-ceph-eso/privileged-pod: where namespaces are', () => {
  const privileged = () => edit(argoBase(), DEP, PRIVILEGED);

  it('reads a Namespace defined outside the central folder (beside the app)', () => {
    const tree = withFiles(edit(privileged(), 'cluster/platform/base/namespaces/application.yaml', ['  name: productivity\n', '  name: productivity-old\n']), {
      'cluster/apps/productivity/whiteboard/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: productivity\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n',
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('does not judge kube-system, nor a pod whose namespace the repository does not say', () => {
    expect(lintRule(ID, edit(privileged(), 'cluster/apps/productivity/whiteboard/kustomization.yaml', ['namespace: productivity\n', 'namespace: kube-system\n']))).toEqual([]);
    const orphan = (argoBase().read(DEP) ?? '').replace('          name: http\n', PRIVILEGED[1]).replace(/whiteboard/g, 'orphan');
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/apps/orphan/deployment.yaml': orphan }))).toEqual([]);
  });
});
