import { InputError } from '@backstage/errors';
import { RepositoryModel, ServiceModel } from '../../read/types';
import { FileTree } from '../../tree/FileTree';
import { KUBERNETES_ID_LABEL } from '../objects';
import { isYamlPath, objectsOf } from './yamlObjects';

const inside = (path: string, folder: string) => folder !== '' && path.startsWith(`${folder}/`);

/**
 * The files that are the service's alone: every file the reader attributes to it, the
 * rest of its folder when no other service lives in or under that folder, and files
 * elsewhere whose every object carries its `backstage.io/kubernetes-id` (an Argo CD
 * repository's shared ingress or database definitions of the app). A file
 * another service is also defined in cannot be attributed: an `InputError` names it,
 * before anything is removed.
 */
export function filesOfService(tree: FileTree, model: RepositoryModel, service: ServiceModel): string[] {
  const others = model.services.filter(s => s !== service);
  const owner = new Map<string, string>();
  for (const other of others) for (const file of other.files) owner.set(file, other.id);
  const shared = service.files.filter(f => owner.has(f));
  if (shared.length) {
    throw new InputError(
      `${service.id} cannot be removed on its own: ${shared.map(f => `${f} also defines ${owner.get(f)}`).join('; ')}. Split those files first, or remove the objects by hand`,
    );
  }
  if (!service.files.length) {
    throw new InputError(`No file of the repository can be attributed to ${service.id}: remove it by hand`);
  }
  const folder = service.folder;
  const folderIsOwn =
    folder !== '' &&
    service.files.every(f => inside(f, folder)) &&
    !others.some(s => s.folder === folder || inside(s.folder, folder) || s.files.some(f => inside(f, folder)));
  const files = new Set(service.files);
  if (folderIsOwn) for (const path of tree.paths()) if (inside(path, folder)) files.add(path);
  const id = service.labels.kubernetesId ?? service.id;
  for (const path of tree.paths()) {
    if (files.has(path) || owner.has(path) || !isYamlPath(path)) continue;
    const text = tree.read(path);
    if (!text?.includes(id)) continue;
    const objects = objectsOf(text);
    if (objects.length && objects.every(o => o.metadata?.labels?.[KUBERNETES_ID_LABEL] === id)) files.add(path);
  }
  return [...files].sort();
}

/** The folders that hold no file once `deleted` are gone (each deleted file's folder and its parents). */
export function emptiedFolders(tree: FileTree, deleted: ReadonlySet<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let dir = file.slice(0, file.lastIndexOf('/')); dir; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))) {
      folders.add(dir);
    }
  }
  const emptied = new Set<string>();
  for (const dir of folders) {
    if (tree.paths().every(p => !inside(p, dir) || deleted.has(p))) emptied.add(dir);
  }
  return emptied;
}
