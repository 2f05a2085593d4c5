import { demo, edit, lintRule, withFiles } from '../../testing';

describe('flux-lvm-openbao/cnpg-storage-class', () => {
  const ID = 'flux-lvm-openbao/cnpg-storage-class';

  it('passes on the fast class', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a database on the bulk class', () => {
    const tree = edit(demo(), 'apps/mealie/postgres-cluster.yaml', ['storageClassName: ssd-lvmpv', 'storageClassName: hdd-lvmpv']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/postgres-cluster.yaml', line: 27, message: 'Cluster mealie/mealie-db keeps its database on hdd-lvmpv, not on ssd-lvmpv' },
    ]);
  });
});

describe('flux-lvm-openbao/cnpg-volume', () => {
  const ID = 'flux-lvm-openbao/cnpg-volume';

  it('passes on a pvcTemplate bound to a hand-made volume, without a PVC', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports replication, dynamic storage, a missing volume and a hand-made PVC', () => {
    let tree = edit(demo(), 'apps/mealie/postgres-cluster.yaml', ['instances: 1', 'instances: 2']);
    tree = withFiles(tree, {
      'apps/mealie/extra-db.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: other-db
  namespace: mealie
spec:
  instances: 1
  storage:
    size: 10Gi
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: third-db
  namespace: mealie
spec:
  storage:
    pvcTemplate:
      storageClassName: ssd-lvmpv
      volumeName: third-db-1
`,
      'apps/mealie/db-pvc.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: mealie-db-1
  namespace: mealie
spec:
  volumeName: mealie-db-1
`,
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/db-pvc.yaml', line: 4, message: 'PersistentVolumeClaim mealie/mealie-db-1 claims mealie-db-1, the volume of Cluster mealie/mealie-db: CloudNativePG creates that claim itself' },
      { file: 'apps/mealie/extra-db.yaml', line: 8, message: 'Cluster mealie/other-db does not bind its storage through storage.pvcTemplate.volumeName: the storage class provisions a volume of its own' },
      { file: 'apps/mealie/extra-db.yaml', line: 20, message: 'Cluster mealie/third-db binds PersistentVolume third-db-1, which the repository does not define' },
      { file: 'apps/mealie/postgres-cluster.yaml', line: 11, message: 'Cluster mealie/mealie-db runs 2 instances: the cluster has one node' },
    ]);
  });
});
