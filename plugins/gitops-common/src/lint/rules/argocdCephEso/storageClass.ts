import { stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, listing, qualified } from '../helpers';
import { ArgoRule, doc } from './common';

/** L40: claims name a storage class the cluster has. */
export const storageClass: ArgoRule = {
  ...doc('storage-class', 'warning', 'L40', 'PVCs must set storageClassName to a known class (ceph-block / rook-ceph-block / nas-media-hot / nas-backup-cold).'),
  title: 'Claims use a known storage class',
  description: "Every PersistentVolumeClaim (and StatefulSet claim template) sets storageClassName to one of the profile's classes or a StorageClass the repository defines; a claim bound by volumeName to a static volume is exempt.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const known = new Set([options.storage.fast.storageClass, options.storage.bulk.storageClass, ...index.objects('StorageClass').map(s => s.name!)]);
    for (const pvc of index.objects('PersistentVolumeClaim')) {
      if (stringAt(pvc.value, ['spec', 'volumeName'])) continue;
      const cls = stringAt(pvc.value, ['spec', 'storageClassName']);
      if (cls !== undefined && known.has(cls)) continue;
      out.push(
        at(
          pvc,
          cls === undefined ? ['spec'] : ['spec', 'storageClassName'],
          `PersistentVolumeClaim ${qualified(index.namespaceOf(pvc), pvc.name ?? '')} ${cls === undefined ? 'sets no storageClassName' : `uses storage class ${cls}, which the cluster does not have`}`,
          `Set storageClassName to one of ${listing([...known].sort())}.`,
        ),
      );
    }
    return out;
  },
};
