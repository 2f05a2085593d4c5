import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/lvm-volume-match';

describe('flux-lvm-openbao/lvm-volume-match', () => {
  it('passes when volumes match their LVMVolumes (byte and Gi capacities compared as sizes)', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports driver, handle, reclaim policy and class of the PV', () => {
    let tree = edit(demo(), 'apps/mealie/pvc.yaml', ['persistentVolumeReclaimPolicy: Retain\n  storageClassName: hdd-lvmpv', 'persistentVolumeReclaimPolicy: Delete\n  storageClassName: openebs-lvmpv']);
    tree = edit(tree, 'apps/mealie/pvc.yaml', ['volumeHandle: mealie-data-lvmhdd', 'volumeHandle: mealie-data']);
    tree = edit(tree, 'apps/teamspeak/pvc.yaml', ['driver: local.csi.openebs.io', 'driver: nfs.csi.k8s.io']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/pvc.yaml', line: 22, message: 'PersistentVolume mealie-data-lvmhdd has no LVMVolume mealie-data in namespace openebs' },
      { file: 'apps/mealie/pvc.yaml', line: 28, message: "PersistentVolume mealie-data-lvmhdd has reclaim policy Delete: deleting the claim would delete the data" },
      { file: 'apps/mealie/pvc.yaml', line: 29, message: 'PersistentVolume mealie-data-lvmhdd is on storage class openebs-lvmpv, not one of ssd-lvmpv and hdd-lvmpv' },
      { file: 'apps/mealie/pvc.yaml', line: 34, message: "PersistentVolume mealie-data-lvmhdd has volumeHandle mealie-data: it must equal the volume's name" },
      { file: 'apps/teamspeak/pvc.yaml', line: 32, message: 'PersistentVolume teamspeak-data-lvmssd uses CSI driver nfs.csi.k8s.io, not local.csi.openebs.io' },
    ]);
  });

  it('reports an LVMVolume whose volume group, pattern, node or capacity does not match', () => {
    let tree = edit(demo(), 'apps/mealie/pvc.yaml', ['vgPattern: ^openebs-hdd$\n  volGroup: openebs-hdd', 'vgPattern: ^openebs-ssd$\n  volGroup: openebs-ssd']);
    tree = edit(tree, 'apps/mealie/pvc.yaml', ['capacity: "2147483648"', 'capacity: 3Gi'], ['ownerNodeID: anapistula-delrosalae', 'ownerNodeID: other-node']);
    tree = edit(tree, 'apps/teamspeak/pvc.yaml', ['vgPattern: ^openebs-ssd$', 'vgPattern: openebs-ssd']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/pvc.yaml', line: 12, message: 'LVMVolume mealie-data-lvmhdd holds 3Gi, but PersistentVolume mealie-data-lvmhdd says 2Gi' },
      { file: 'apps/mealie/pvc.yaml', line: 13, message: 'LVMVolume mealie-data-lvmhdd is owned by node other-node, but labelled for node anapistula-delrosalae' },
      { file: 'apps/mealie/pvc.yaml', line: 17, message: 'LVMVolume mealie-data-lvmhdd is in volume group openebs-ssd, but its PersistentVolume is on hdd-lvmpv (volume group openebs-hdd)' },
      { file: 'apps/teamspeak/pvc.yaml', line: 16, message: 'LVMVolume teamspeak-data-lvmssd has vgPattern openebs-ssd, not ^openebs-ssd$' },
    ]);
  });

  it('reads classes and volume groups from the options', () => {
    const options = {
      storage: {
        fast: { storageClass: 'nvme', volumeGroup: 'vg-nvme', suffix: 'nvme' },
        bulk: { storageClass: 'hdd-lvmpv', volumeGroup: 'openebs-hdd', suffix: 'lvmhdd' },
      },
    };
    expect(lintRule(ID, demo(), { profileOptions: options }).map(f => f.message)).toEqual([
      'PersistentVolume llama-models-lvmssd is on storage class ssd-lvmpv, not one of nvme and hdd-lvmpv',
      'PersistentVolume mealie-db-1 is on storage class ssd-lvmpv, not one of nvme and hdd-lvmpv',
      'PersistentVolume teamspeak-data-lvmssd is on storage class ssd-lvmpv, not one of nvme and hdd-lvmpv',
    ]);
  });
});
