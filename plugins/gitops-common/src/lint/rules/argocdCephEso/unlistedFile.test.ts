import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/unlisted-file';

describe('argocd-ceph-eso/unlisted-file', () => {
  it('passes when the kustomization lists every file (Helm value files of an Application count)', () => {
    const tree = withFiles(argoBase(), {
      'cluster/apps/productivity/whiteboard/values.yaml': 'replicaCount: 1\n',
      'cluster/platform/gitops/argocd/apps/whiteboard-app.yaml': argoBase()
        .read('cluster/platform/gitops/argocd/apps/whiteboard-app.yaml')!
        .replace('    path: cluster/apps/productivity/whiteboard\n', '    path: cluster/apps/productivity/whiteboard\n    helm:\n      valueFiles: [values.yaml]\n'),
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports a file the kustomization leaves out', () => {
    const tree = withFiles(argoBase(), { 'cluster/apps/productivity/whiteboard/pvc.yaml': 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: wb }\n' });
    expect(lintRule(ID, tree)).toEqual([
      {
        file: 'cluster/apps/productivity/whiteboard/pvc.yaml',
        line: 1,
        message: 'cluster/apps/productivity/whiteboard/pvc.yaml is not listed in cluster/apps/productivity/whiteboard/kustomization.yaml: it is never applied',
      },
    ]);
  });
});
