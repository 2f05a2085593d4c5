import { demoObjects, variants } from '../fixtures';
import { isCnpgCluster, parseCnpgCluster } from './database';

describe('CloudNativePG Cluster postgresql.cnpg.io/v1', () => {
  const mealieDb = () => demoObjects().find(o => o.kind === 'Cluster')!;

  it('reads instances, primary, phase and storage of a healthy cluster', () => {
    expect(parseCnpgCluster('kube-stub', mealieDb())).toEqual({
      ref: {
        cluster: 'kube-stub',
        kind: 'Cluster',
        apiVersion: 'postgresql.cnpg.io/v1',
        namespace: 'mealie',
        name: 'mealie-db',
      },
      state: 'ready',
      phase: 'Cluster in healthy state',
      message: undefined,
      instances: 1,
      readyInstances: 1,
      currentPrimary: 'mealie-db-1',
      targetPrimary: 'mealie-db-1',
      storageSize: '2Gi',
      storageClass: 'ssd-lvmpv',
      walStorageSize: undefined,
      image: 'ghcr.io/cloudnative-pg/postgresql:17.4',
    });
  });

  it('reads a failover: two of three ready, the primary switching, storage.size and WAL storage', () => {
    expect(
      parseCnpgCluster('kube-stub', variants.cnpgFailingOver()),
    ).toMatchObject({
      state: 'progressing',
      phase: 'Failing over',
      message: 'Failing over from mealie-db-1 to mealie-db-2',
      instances: 3,
      readyInstances: 2,
      currentPrimary: 'mealie-db-1',
      targetPrimary: 'mealie-db-2',
      storageSize: '10Gi',
      storageClass: 'ceph-block',
      walStorageSize: '2Gi',
    });
  });

  it('reads an unrecoverable cluster as failing and a hibernated one as suspended', () => {
    const broken = mealieDb();
    broken.status.phase =
      'Cluster is unrecoverable and needs manual intervention';
    broken.status.conditions = [{ type: 'Ready', status: 'False' }];
    expect(parseCnpgCluster('c', broken).state).toBe('failing');
    const sleeping = mealieDb();
    sleeping.metadata.annotations = { 'cnpg.io/hibernation': 'on' };
    expect(parseCnpgCluster('c', sleeping).state).toBe('suspended');
  });

  it('tells CNPG Clusters from other kinds named Cluster', () => {
    expect(isCnpgCluster(mealieDb())).toBe(true);
    expect(
      isCnpgCluster({
        apiVersion: 'cluster.x-k8s.io/v1beta1',
        kind: 'Cluster',
        metadata: { name: 'capi' },
      }),
    ).toBe(false);
    expect(
      isCnpgCluster({
        kind: 'Cluster',
        metadata: { name: 'no-version' },
        spec: { instances: 2 },
      }),
    ).toBe(true);
  });
});
