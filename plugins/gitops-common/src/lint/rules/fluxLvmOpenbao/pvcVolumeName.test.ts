import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/pvc-volume-name';

describe('flux-lvm-openbao/pvc-volume-name', () => {
  it('passes when every claim binds its volume by name', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a claim without volumeName, and one whose class and size differ from its volume', () => {
    let tree = edit(demo(), 'apps/mealie/pvc.yaml', ['  storageClassName: hdd-lvmpv\n  volumeName: mealie-data-lvmhdd\n', '  storageClassName: mayastor-single-hdd\n']);
    tree = edit(tree, 'apps/teamspeak/pvc.yaml', ['      storage: 1Gi\n  storageClassName: ssd-lvmpv\n  volumeName', '      storage: 2Gi\n  storageClassName: hdd-lvmpv\n  volumeName']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/pvc.yaml', line: 41, message: 'PersistentVolumeClaim mealie/mealie-data-lvmhdd has no volumeName: storage class mayastor-single-hdd provisions a volume of its own' },
      { file: 'apps/teamspeak/pvc.yaml', line: 46, message: 'PersistentVolumeClaim teamspeak/teamspeak-data-lvmssd requests 2Gi, but PersistentVolume teamspeak-data-lvmssd holds 1Gi' },
      { file: 'apps/teamspeak/pvc.yaml', line: 47, message: 'PersistentVolumeClaim teamspeak/teamspeak-data-lvmssd asks for storage class hdd-lvmpv, but PersistentVolume teamspeak-data-lvmssd has ssd-lvmpv' },
    ]);
  });

  it('reports a claim bound to a volume nobody defines', () => {
    const tree = edit(demo(), 'apps/mealie/pvc.yaml', ['  volumeName: mealie-data-lvmhdd', '  volumeName: mealie-data']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/pvc.yaml', line: 48, message: 'PersistentVolumeClaim mealie/mealie-data-lvmhdd binds PersistentVolume mealie-data, which the repository does not define' },
    ]);
  });
});
