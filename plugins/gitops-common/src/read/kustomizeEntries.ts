import { dirOf } from '../tree/paths';
import { Entry } from './entries';
import { readKustomization } from './kustomizationFile';
import { folderEntry, plainFolderEntries } from './plainFolderEntries';
import { RepoIndex } from './repoIndex';

/**
 * For a repository without Flux or Argo CD objects: every kustomization no other one
 * includes is an entry (as `kustomize build` of it would be), and so are the Helm
 * charts and folders of plain manifests outside them (plainFolderEntries.ts); with
 * none of these, the repository root is.
 */
export function kustomizeRootEntries(index: RepoIndex): Entry[] {
  const dirs = [...index.files.keys()]
    .filter(path => /(^|\/)kustomization\.ya?ml$/.test(path))
    .map(dirOf);
  const included = new Set<string>();
  for (const dir of dirs) {
    const kustomization = readKustomization(index, dir);
    for (const ref of [
      ...(kustomization?.resources ?? []),
      ...(kustomization?.components ?? []),
    ]) {
      if (ref.type === 'dir') included.add(ref.path);
    }
  }
  const roots = dirs.filter(dir => !included.has(dir)).sort();
  const entry = (dir: string, file: string): Entry => ({
    ...folderEntry(`root:${dir}`, dir, file),
    roots: [dir],
  });
  const entries = roots.map(dir =>
    entry(dir, readKustomization(index, dir)!.file),
  );
  const plain = plainFolderEntries(index, roots);
  if (!entries.length && !plain.length) return [entry('', '')];
  return [...entries, ...plain];
}
