import { KubeObject } from './yamlObjects';

/**
 * Objects whose deletion deletes data: claims and volumes (OpenEBS LVM volumes, static
 * PersistentVolumes) and database clusters (CloudNativePG, with the volumes its
 * operator makes).
 */
export function isDataObject(object: KubeObject): boolean {
  const group = String(object.apiVersion ?? '').split('/')[0];
  switch (object.kind) {
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return true;
    case 'LVMVolume':
      return group === 'local.openebs.io';
    case 'Cluster':
      return group === 'postgresql.cnpg.io';
    case 'Database':
      return group === 'postgresql.cnpg.io';
    default:
      return false;
  }
}

/** Objects that data kept in place still needs: the namespace its claims and clusters live in. */
export function isDataHome(object: KubeObject): boolean {
  return object.kind === 'Namespace';
}
