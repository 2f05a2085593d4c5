import { sameItems } from './sameItems';
import { FileTree } from './FileTree';

/** The paths whose text differs between two trees of the same files; `undefined` when files were added or removed. */
export function changedPaths(
  before: FileTree,
  after: FileTree,
): Set<string> | undefined {
  const paths = after.paths();
  if (!sameItems(paths, before.paths())) return undefined;
  const changed = new Set<string>();
  for (const path of paths)
    if (before.read(path) !== after.read(path)) changed.add(path);
  return changed;
}
