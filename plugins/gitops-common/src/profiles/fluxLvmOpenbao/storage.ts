import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { KUBERNETES_ID_LABEL, pvcObject } from '../../render/objects';
import { repoPath } from '../../tree/paths';
import { documentsToYaml, objectToDocument, YamlObject } from '../../yaml/documents';
import { FluxLvmOpenbaoOptions } from './options';

/** Bytes of a `<n>Gi` / `<n>Ti` size, as the LVM driver takes capacities. */
export function sizeInBytes(size: string): string {
  const n = BigInt(size.slice(0, -2));
  const unit = size.endsWith('Ti') ? 1024n ** 4n : 1024n ** 3n;
  return String(n * unit);
}

/**
 * The hand-made LVMVolume and PersistentVolume of seed 000's "Data / PVCs pattern":
 * deterministic names, reused if the LV already exists on disk.
 */
export function lvmVolumeObjects(
  o: FluxLvmOpenbaoOptions,
  volume: { name: string; app: string; size: string; fast: boolean },
): YamlObject[] {
  const cls = volume.fast ? o.storage.fast : o.storage.bulk;
  return [
    {
      apiVersion: 'local.openebs.io/v1alpha1',
      kind: 'LVMVolume',
      metadata: {
        name: volume.name,
        namespace: o.lvmNamespace,
        labels: { 'kubernetes.io/nodename': o.nodeName },
      },
      spec: {
        capacity: sizeInBytes(volume.size),
        ownerNodeID: o.nodeName,
        shared: 'yes',
        thinProvision: 'no',
        vgPattern: `^${cls.volumeGroup}$`,
        volGroup: cls.volumeGroup,
      },
    },
    {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: volume.name, labels: { [KUBERNETES_ID_LABEL]: volume.app } },
      spec: {
        capacity: { storage: volume.size },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName: cls.storageClass,
        volumeMode: 'Filesystem',
        csi: { driver: 'local.csi.openebs.io', fsType: o.fsType, volumeHandle: volume.name },
      },
    },
  ];
}

/** A file name in `folder` that is free: `base.yaml`, else `base-<qualifier>.yaml`. */
export function freeFileName(
  b: ChangeSetBuilder,
  folder: string,
  base: string,
  qualifier: string,
): string {
  const plain = repoPath(folder, `${base}.yaml`);
  return b.exists(plain) ? repoPath(folder, `${base}-${qualifier}.yaml`) : plain;
}

/**
 * Writes a statically provisioned volume for an app: LVMVolume + PV + PVC bound by
 * `volumeName`. Returns the claim's name.
 */
export function writeAppVolume(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  v: { app: string; namespace: string; folder: string; purpose: string; size: string; fast: boolean },
): string {
  const suffix = v.fast ? o.storage.fast.suffix : o.storage.bulk.suffix;
  const claim = `${v.purpose}-${suffix}`;
  const volumeName = `${v.app}-${claim}`;
  const cls = v.fast ? o.storage.fast : o.storage.bulk;
  const objects = [
    ...lvmVolumeObjects(o, { name: volumeName, app: v.app, size: v.size, fast: v.fast }),
    pvcObject({
      name: claim,
      namespace: v.namespace,
      app: v.app,
      size: v.size,
      storageClassName: cls.storageClass,
      volumeName,
    }),
  ];
  b.add(
    freeFileName(b, v.folder, 'pvc', v.purpose),
    documentsToYaml(objects.map(obj => objectToDocument(obj))),
  );
  return claim;
}
