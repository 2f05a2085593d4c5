import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { pvcObject } from '../../render/objects';
import { repoPath } from '../../tree/paths';
import { yamlFile } from './files';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan } from './plan';

/**
 * Seed 003's volumes: a dynamically provisioned Ceph claim `<app>-<purpose>` in
 * `pvc-<purpose>.yaml` (as `pvc-llama-models-cache.yaml`): `ceph-block` (RBD,
 * ReadWriteOnce) for state, `ceph-filesystem` (CephFS, ReadWriteMany) for bulk data
 * such as the shared model cache. Returns the claim's name.
 */
export function writeVolume(
  b: ChangeSetBuilder,
  o: ArgocdCephEsoOptions,
  plan: ArgoAppPlan,
  v: { purpose: string; size: string; fast: boolean; mountPath?: string },
): string {
  const cls = v.fast ? o.storage.fast : o.storage.bulk;
  const claimName = `${plan.name}-${v.purpose}`;
  b.add(
    repoPath(plan.folder, `pvc-${v.purpose}.yaml`),
    yamlFile(
      pvcObject({
        name: claimName,
        namespace: plan.namespace,
        app: plan.name,
        size: v.size,
        storageClassName: cls.storageClass,
        accessMode: cls.accessMode,
      }),
    ),
  );
  plan.volumes.push({ name: v.purpose, claimName, mountPath: v.mountPath });
  if (cls.accessMode === 'ReadWriteOnce' && v.mountPath) plan.readWriteOnce = true;
  if (v.fast) {
    b.step({
      id: `backup:${plan.namespace}/${claimName}`,
      app: plan.name,
      owner: 'operator',
      title: `Decide whether claim ${claimName} is backed up`,
      detail: `The corpus backs up Ceph block claims with a VolSync ReplicationSource (restic to MinIO) in ${o.storage.backupDir}/${plan.namespace}.yaml; add one for ${claimName} if its data matters.`,
      check: { kind: 'manual', how: `${o.storage.backupDir}/${plan.namespace}.yaml has a ReplicationSource for ${claimName}, or the app's owner has said its data needs no backup.` },
    });
  }
  return claimName;
}
