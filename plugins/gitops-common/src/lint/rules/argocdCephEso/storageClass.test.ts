import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/storage-class';
const pvc = (spec: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  namespace: productivity\nspec:\n${spec}`;

describe('argocd-ceph-eso/storage-class', () => {
  it("passes on the profile's classes and on claims bound to a static volume", () => {
    const tree = withFiles(argoBase(), {
      'cluster/apps/productivity/whiteboard/pvc.yaml': pvc('  storageClassName: ceph-block\n'),
      'cluster/apps/productivity/whiteboard/nas.yaml': pvc('  volumeName: nas-media\n'),
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports an unknown class and a claim without one', () => {
    const tree = withFiles(argoBase(), {
      'cluster/apps/productivity/whiteboard/pvc.yaml': pvc('  storageClassName: local-path\n'),
      'cluster/apps/productivity/whiteboard/pvc2.yaml': pvc('  accessModes: [ReadWriteOnce]\n'),
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'cluster/apps/productivity/whiteboard/pvc.yaml', line: 7, message: 'PersistentVolumeClaim productivity/data uses storage class local-path, which the cluster does not have' },
      { file: 'cluster/apps/productivity/whiteboard/pvc2.yaml', line: 6, message: 'PersistentVolumeClaim productivity/data sets no storageClassName' },
    ]);
  });
});
