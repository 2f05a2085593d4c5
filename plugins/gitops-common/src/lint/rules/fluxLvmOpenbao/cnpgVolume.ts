import { getIn, quantityBytes, stringAt } from '../../k8s';
import type { YamlDoc } from '../../repoIndex';
import { RawFinding } from '../../types';
import { at, qualified } from '../helpers';
import { cnpgClusters } from './cnpg';
import { doc, FluxLvmRule } from './common';
import { pvBytes, pvClass, size, volumeIndex } from './volumes';

/** The claims named `volume` or binding it (`spec.volumeName`), in the repository's order. */
function claimsByVolume(claims: readonly YamlDoc[]): (volume: string) => YamlDoc[] {
  const map = new Map<string, Set<YamlDoc>>();
  const add = (volume: unknown, pvc: YamlDoc) => {
    if (typeof volume !== 'string') return;
    let set = map.get(volume);
    if (!set) map.set(volume, (set = new Set()));
    set.add(pvc);
  };
  for (const pvc of claims) {
    add(pvc.name, pvc);
    add(stringAt(pvc.value, ['spec', 'volumeName']), pvc);
  }
  return volume => [...(map.get(volume) ?? [])];
}

/** L13: CloudNativePG storage binds a hand-made PV through volumeName; no PVC by hand; one instance. */
export const cnpgVolume: FluxLvmRule = {
  ...doc(
    'cnpg-volume',
    'error',
    'L13',
    '"Create a PersistentVolume and LVMVol resources manually but **do not** create PersistentVolumeClaim, CloudNativePG will create one on its own referencing PersistentVolume specified in volumeName. Do not replicate the database."',
  ),
  title: 'CloudNativePG storage goes through volumeName',
  description:
    "A CloudNativePG Cluster runs one instance; its storage (and walStorage) is a pvcTemplate whose volumeName names a PersistentVolume of the repository with the same class and size; no PersistentVolumeClaim of that name is written by hand.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const volumes = volumeIndex(index, options.lvmNamespace);
    const claimsOf = claimsByVolume(index.objects('PersistentVolumeClaim'));
    for (const cluster of cnpgClusters(index)) {
      const namespace = index.namespaceOf(cluster);
      const name = qualified(namespace, cluster.name ?? '');
      const instances = getIn(cluster.value, ['spec', 'instances']);
      if (typeof instances === 'number' && instances !== 1) {
        out.push(at(cluster, ['spec', 'instances'], `Cluster ${name} runs ${instances} instances: the cluster has one node`, 'Set spec.instances: 1.'));
      }
      for (const field of ['storage', 'walStorage']) {
        if (field === 'walStorage' && getIn(cluster.value, ['spec', field]) === undefined) continue;
        const template = ['spec', field, 'pvcTemplate'];
        const volumeName = stringAt(cluster.value, [...template, 'volumeName']);
        if (!volumeName) {
          out.push(
            at(
              cluster,
              cluster.has(template) ? [...template] : ['spec', field],
              `Cluster ${name} does not bind its ${field} through ${field}.pvcTemplate.volumeName: the storage class provisions a volume of its own`,
              `Create an LVMVolume and PersistentVolume named ${cluster.name}-1 on ${options.storage.fast.storageClass} and set spec.${field}.pvcTemplate (storageClassName, resources.requests.storage, volumeName: ${cluster.name}-1).`,
            ),
          );
          continue;
        }
        const pv = volumes.pv(volumeName);
        if (!pv) {
          out.push(at(cluster, [...template, 'volumeName'], `Cluster ${name} binds PersistentVolume ${volumeName}, which the repository does not define`, `Define PersistentVolume ${volumeName} and its LVMVolume (postgres-volume.yaml), without a PersistentVolumeClaim.`));
        } else {
          const cls = stringAt(cluster.value, [...template, 'storageClassName']);
          if (cls !== pvClass(pv)) {
            out.push(at(cluster, [...template, 'storageClassName'], `Cluster ${name} asks for storage class ${cls ?? '(none)'}, but PersistentVolume ${volumeName} has ${pvClass(pv) ?? '(none)'}`, 'Use the same storage class in the pvcTemplate and the volume.'));
          }
          const requested = getIn(cluster.value, [...template, 'resources', 'requests', 'storage']);
          const bytes = pvBytes(pv);
          if (bytes !== undefined && quantityBytes(requested) !== undefined && quantityBytes(requested) !== bytes) {
            out.push(at(cluster, [...template, 'resources', 'requests', 'storage'], `Cluster ${name} requests ${size(requested)}, but PersistentVolume ${volumeName} holds ${size(bytes)}`, 'Request exactly the capacity of the volume.'));
          }
        }
        for (const pvc of claimsOf(volumeName)) {
          if (index.namespaceOf(pvc) !== namespace && stringAt(pvc.value, ['spec', 'volumeName']) !== volumeName) continue;
          out.push(at(pvc, ['metadata', 'name'], `PersistentVolumeClaim ${qualified(index.namespaceOf(pvc), pvc.name ?? '')} claims ${volumeName}, the volume of Cluster ${name}: CloudNativePG creates that claim itself`, 'Delete the PersistentVolumeClaim; keep only the LVMVolume and PersistentVolume.'));
        }
      }
    }
    return out;
  },
};
