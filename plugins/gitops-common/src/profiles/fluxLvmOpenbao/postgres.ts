import { InputError } from '@backstage/errors';
import { AppPlan } from '../../render/appPlan';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { KUBERNETES_ID_LABEL } from '../../render/objects';
import { PostgresSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { documentsToYaml, objectToDocument } from '../../yaml/documents';
import { FluxLvmOpenbaoOptions } from './options';
import { lvmVolumeObjects } from './storage';

/**
 * Seed 000's "Postgres operator": one CloudNativePG Cluster per app, one instance,
 * storage through `pvcTemplate.volumeName` to a hand-made PV and LVMVolume, and no
 * PVC (the operator makes it). The app reads secret `<cluster>-app`.
 */
export function writePostgres(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  spec: PostgresSpec,
  plan: AppPlan,
): void {
  if (spec.mode === 'shared') {
    throw new InputError(
      'flux-lvm-openbao gives each app its own CloudNativePG cluster (seed 000): mode "shared" is not available',
    );
  }
  const cluster = spec.cluster ?? `${spec.app}-db`;
  const volumeName = `${cluster}-1`;
  const clusterObject = {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: {
      name: cluster,
      namespace: plan.namespace,
      labels: { [KUBERNETES_ID_LABEL]: spec.app },
    },
    spec: {
      instances: 1,
      imageName: o.postgresImage,
      bootstrap: {
        initdb: {
          database: spec.database ?? spec.app.replace(/-/g, '_'),
          owner: spec.database ?? spec.app.replace(/-/g, '_'),
        },
      },
      storage: {
        pvcTemplate: {
          storageClassName: o.storage.fast.storageClass,
          resources: { requests: { storage: spec.size } },
          volumeName,
        },
      },
    },
  };
  b.add(
    repoPath(plan.folder, 'postgres-cluster.yaml'),
    documentsToYaml([objectToDocument(clusterObject)]),
  );
  b.add(
    repoPath(plan.folder, 'postgres-volume.yaml'),
    documentsToYaml(
      lvmVolumeObjects(o, { name: volumeName, app: spec.app, size: spec.size, fast: true }).map(
        obj => objectToDocument(obj),
      ),
    ),
  );
  plan.env.push({
    name: 'DATABASE_URL',
    valueFrom: { secretKeyRef: { name: `${cluster}-app`, key: 'uri' } },
  });
}
