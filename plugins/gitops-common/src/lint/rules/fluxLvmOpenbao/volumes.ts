import { formatBytes, getIn, quantityBytes, stringAt } from '../../k8s';
import type { RepoIndex, YamlDoc } from '../../repoIndex';

/** The PersistentVolumes and LVMVolumes of a repository, by name. */
export interface VolumeIndex {
  pv(name: string): YamlDoc | undefined;
  lvm(name: string): YamlDoc | undefined;
}

export function volumeIndex(index: RepoIndex, lvmNamespace: string): VolumeIndex {
  const pvs = new Map<string, YamlDoc>();
  const lvms = new Map<string, YamlDoc>();
  for (const d of index.objects('PersistentVolume')) if (d.name && !pvs.has(d.name)) pvs.set(d.name, d);
  for (const d of index.objects('LVMVolume')) {
    if (d.name && !lvms.has(d.name) && (index.namespaceOf(d) ?? lvmNamespace) === lvmNamespace) lvms.set(d.name, d);
  }
  return { pv: name => pvs.get(name), lvm: name => lvms.get(name) };
}

/** A PV's capacity in bytes. */
export function pvBytes(pv: YamlDoc): number | undefined {
  return quantityBytes(getIn(pv.value, ['spec', 'capacity', 'storage']));
}

/** A size for messages: `2Gi` for a whole number of Gi. */
export function size(value: unknown): string {
  const bytes = quantityBytes(value);
  return bytes === undefined ? String(value) : formatBytes(bytes);
}

/** A PV's storage class. */
export function pvClass(pv: YamlDoc): string | undefined {
  return stringAt(pv.value, ['spec', 'storageClassName']);
}
