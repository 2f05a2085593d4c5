import { stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, qualified } from '../helpers';
import { cnpgClusters } from './cnpg';
import { doc, FluxLvmRule } from './common';

/** L12: databases go on the fast storage class. */
export const cnpgStorageClass: FluxLvmRule = {
  ...doc(
    'cnpg-storage-class',
    'warning',
    'L12',
    '"ssd-lvmpv, volume group: openebs-ssd, use for small datasets that benefit from quick storage access like databases, state data etc."',
  ),
  title: 'Databases use the fast storage class',
  description: "A CloudNativePG Cluster's storage (storage.pvcTemplate.storageClassName or storage.storageClass) is the profile's fast class (ssd-lvmpv by default).",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const fast = options.storage.fast.storageClass;
    for (const cluster of cnpgClusters(index)) {
      const path = cluster.has(['spec', 'storage', 'pvcTemplate', 'storageClassName'])
        ? ['spec', 'storage', 'pvcTemplate', 'storageClassName']
        : ['spec', 'storage', 'storageClass'];
      const cls = stringAt(cluster.value, path);
      if (cls === fast) continue;
      out.push(
        at(
          cluster,
          cls ? path : ['spec', 'storage'],
          `Cluster ${qualified(index.namespaceOf(cluster), cluster.name ?? '')} keeps its database on ${cls ?? 'the default storage class'}, not on ${fast}`,
          `Put the database on ${fast} (its PersistentVolume and LVMVolume in volume group ${options.storage.fast.volumeGroup}).`,
        ),
      );
    }
    return out;
  },
};
