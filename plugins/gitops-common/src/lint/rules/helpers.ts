import { YamlPath } from '../k8s';
import type { RepoIndex, YamlDoc } from '../repoIndex';
import { RawFinding } from '../types';
import { sortedWithPrefix } from '../../tree/paths';

/** A finding at the node at `path` of a document. */
export function at(doc: YamlDoc, path: YamlPath, message: string, fix: string): RawFinding {
  return { file: doc.file, line: doc.line(path), message, fix };
}

/** A finding about a file as a whole (line 1). */
export function atFile(file: string, message: string, fix: string): RawFinding {
  return { file, line: 1, message, fix };
}

/** The names of the folders directly inside `dir` that hold at least one file. */
export function childFolders(index: RepoIndex, dir: string): string[] {
  const prefix = dir ? `${dir}/` : '';
  const names = new Set<string>();
  for (const p of sortedWithPrefix(index.paths, prefix)) {
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash > 0) names.add(rest.slice(0, slash));
  }
  return [...names].sort();
}

/** Groups items by every folder above their file, once per index: O(items × depth). */
function byFolder<T>(items: readonly T[], fileOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const file = fileOf(item);
    for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
      const dir = file.slice(0, i);
      let group = groups.get(dir);
      if (!group) groups.set(dir, (group = []));
      group.push(item);
    }
  }
  return groups;
}

const objectsByFolder = new WeakMap<RepoIndex, Map<string, YamlDoc[]>>();

/** The files under a folder (recursively), in path order. */
export function filesUnder(index: RepoIndex, dir: string): readonly string[] {
  return sortedWithPrefix(index.paths, dir ? `${dir}/` : '');
}

/** The objects defined in files under a folder (recursively), indexed like {@link filesUnder}. */
export function objectsUnder(index: RepoIndex, dir: string): YamlDoc[] {
  if (!dir) return index.objects();
  index.track('objects');
  let groups = objectsByFolder.get(index);
  if (!groups) objectsByFolder.set(index, (groups = byFolder(index.objects(), d => d.file)));
  return groups.get(dir) ?? [];
}

/** Whether `file` is in `dir` or below it. */
export function isUnder(file: string, dir: string): boolean {
  return dir === '' || file.startsWith(`${dir}/`);
}

/** `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `ns/name`, or just `name` without a namespace. */
export function qualified(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
