import { getIn, quantityBytes, stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, listing, qualified } from '../helpers';
import { doc, FluxLvmRule, storageClasses } from './common';
import { pvBytes, pvClass, size, volumeIndex } from './volumes';

/** L09: every PVC is bound by volumeName to a hand-made PersistentVolume. */
export const pvcVolumeName: FluxLvmRule = {
  ...doc(
    'pvc-volume-name',
    'error',
    'L09',
    '"Create LVMVolume and PersistentVolume resources manually and **do not** rely on automatic scheduling of PVCs because we want created LVM LVs on disk to have deterministic names."',
  ),
  title: 'PVCs bind a hand-made PersistentVolume through volumeName',
  description:
    "Every PersistentVolumeClaim sets spec.volumeName to a PersistentVolume of the repository with the same storage class and capacity (the PV's own checks are flux-lvm-openbao/lvm-volume-match).",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const volumes = volumeIndex(index, options.lvmNamespace);
    const classes = storageClasses(options).map(c => c.storageClass);
    for (const pvc of index.objects('PersistentVolumeClaim')) {
      const name = qualified(index.namespaceOf(pvc), pvc.name ?? '');
      const volumeName = stringAt(pvc.value, ['spec', 'volumeName']);
      const claimClass = stringAt(pvc.value, ['spec', 'storageClassName']);
      if (!volumeName) {
        out.push(
          at(
            pvc,
            ['spec', 'volumeName'],
            `PersistentVolumeClaim ${name} has no volumeName: ${claimClass ? `storage class ${claimClass}` : 'the default storage class'} provisions a volume of its own`,
            `Create an LVMVolume and a PersistentVolume on ${listing(classes)} by hand and set spec.volumeName to the PV's name.`,
          ),
        );
        continue;
      }
      const pv = volumes.pv(volumeName);
      if (!pv) {
        out.push(at(pvc, ['spec', 'volumeName'], `PersistentVolumeClaim ${name} binds PersistentVolume ${volumeName}, which the repository does not define`, `Define PersistentVolume ${volumeName} (with its LVMVolume) beside the claim.`));
        continue;
      }
      if (claimClass !== pvClass(pv)) {
        out.push(at(pvc, ['spec', 'storageClassName'], `PersistentVolumeClaim ${name} asks for storage class ${claimClass ?? '(none)'}, but PersistentVolume ${volumeName} has ${pvClass(pv) ?? '(none)'}`, 'Use the same storageClassName on the claim and its volume.'));
      }
      const requested = getIn(pvc.value, ['spec', 'resources', 'requests', 'storage']);
      const capacity = pvBytes(pv);
      if (capacity !== undefined && quantityBytes(requested) !== undefined && quantityBytes(requested) !== capacity) {
        out.push(at(pvc, ['spec', 'resources', 'requests', 'storage'], `PersistentVolumeClaim ${name} requests ${size(requested)}, but PersistentVolume ${volumeName} holds ${size(capacity)}`, 'Request exactly the capacity of the volume.'));
      }
    }
    return out;
  },
};
