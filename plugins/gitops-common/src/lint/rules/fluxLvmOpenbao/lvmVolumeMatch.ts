import { getIn, quantityBytes, stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, listing } from '../helpers';
import { doc, FluxLvmRule, storageClasses } from './common';
import { pvBytes, size, volumeIndex } from './volumes';

const DRIVER = 'local.csi.openebs.io';

/** L10/L11: each PersistentVolume is an OpenEBS LVM volume matching its LVMVolume. */
export const lvmVolumeMatch: FluxLvmRule = {
  ...doc(
    'lvm-volume-match',
    'error',
    'L10/L11',
    '"There are two LVM storage classes: hdd-lvmpv, volume group: openebs-hdd … ssd-lvmpv, volume group: openebs-ssd" and the example PV (csi.driver local.csi.openebs.io, volumeHandle = name, persistentVolumeReclaimPolicy: Retain) with its LVMVolume.',
  ),
  title: 'PersistentVolumes match their LVMVolume',
  description:
    "Every PersistentVolume uses the CSI driver local.csi.openebs.io with volumeHandle equal to its name and reclaim policy Retain, on one of the profile's storage classes; an LVMVolume of the same name exists in the LVM namespace with the class's volume group (volGroup and vgPattern ^<group>$), ownerNodeID equal to its kubernetes.io/nodename label, and the PV's capacity.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const volumes = volumeIndex(index, options.lvmNamespace);
    const classes = storageClasses(options);
    for (const pv of index.objects('PersistentVolume')) {
      const name = pv.name ?? '';
      const problem = (path: (string | number)[], message: string, fix: string) => out.push(at(pv, path, `PersistentVolume ${name} ${message}`, fix));
      const driver = stringAt(pv.value, ['spec', 'csi', 'driver']);
      if (driver !== DRIVER) {
        problem(['spec', 'csi', 'driver'], driver ? `uses CSI driver ${driver}, not ${DRIVER}` : `is not a CSI volume of ${DRIVER}`, `Make it an OpenEBS LVM volume: spec.csi.driver: ${DRIVER}.`);
        continue;
      }
      const handle = stringAt(pv.value, ['spec', 'csi', 'volumeHandle']);
      if (handle !== name) problem(['spec', 'csi', 'volumeHandle'], `has volumeHandle ${handle ?? '(none)'}: it must equal the volume's name`, `Set spec.csi.volumeHandle: ${name} (the LVMVolume's name).`);
      const reclaim = stringAt(pv.value, ['spec', 'persistentVolumeReclaimPolicy']);
      if (reclaim !== 'Retain') problem(['spec', 'persistentVolumeReclaimPolicy'], `has reclaim policy ${reclaim ?? 'Delete (default)'}: deleting the claim would delete the data`, 'Set spec.persistentVolumeReclaimPolicy: Retain.');
      const className = stringAt(pv.value, ['spec', 'storageClassName']);
      const cls = classes.find(c => c.storageClass === className);
      if (!cls) problem(['spec', 'storageClassName'], `is on storage class ${className ?? '(none)'}, not one of ${listing(classes.map(c => c.storageClass))}`, `Use ${classes[0].storageClass} (small, fast data) or ${classes[1].storageClass} (bulk data).`);
      const lvm = volumes.lvm(handle ?? name);
      if (!lvm) {
        problem(['metadata', 'name'], `has no LVMVolume ${handle ?? name} in namespace ${options.lvmNamespace}`, `Define LVMVolume ${handle ?? name} in namespace ${options.lvmNamespace} beside the PersistentVolume.`);
        continue;
      }
      const lvmProblem = (path: (string | number)[], message: string, fix: string) => out.push(at(lvm, path, `LVMVolume ${lvm.name} ${message}`, fix));
      const vg = stringAt(lvm.value, ['spec', 'volGroup']);
      if (cls && vg !== cls.volumeGroup) lvmProblem(['spec', 'volGroup'], `is in volume group ${vg ?? '(none)'}, but its PersistentVolume is on ${cls.storageClass} (volume group ${cls.volumeGroup})`, `Set spec.volGroup: ${cls.volumeGroup} and spec.vgPattern: ^${cls.volumeGroup}$.`);
      const pattern = stringAt(lvm.value, ['spec', 'vgPattern']);
      if (vg && pattern !== undefined && pattern !== `^${vg}$`) lvmProblem(['spec', 'vgPattern'], `has vgPattern ${pattern}, not ^${vg}$`, `Set spec.vgPattern: ^${vg}$.`);
      const owner = stringAt(lvm.value, ['spec', 'ownerNodeID']);
      const node = stringAt(lvm.value, ['metadata', 'labels', 'kubernetes.io/nodename']);
      if (node !== undefined && owner !== node) lvmProblem(['spec', 'ownerNodeID'], `is owned by node ${owner ?? '(none)'}, but labelled for node ${node}`, 'Make spec.ownerNodeID and the kubernetes.io/nodename label name the same node.');
      const lvmBytes = quantityBytes(getIn(lvm.value, ['spec', 'capacity']));
      const bytes = pvBytes(pv);
      if (lvmBytes !== undefined && bytes !== undefined && lvmBytes !== bytes) lvmProblem(['spec', 'capacity'], `holds ${size(lvmBytes)}, but PersistentVolume ${name} says ${size(bytes)}`, `Give both the same size (capacity "${bytes}" bytes for ${size(bytes)}).`);
    }
    return out;
  },
};
