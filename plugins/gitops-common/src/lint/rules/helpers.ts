import { YamlPath } from '../k8s';
import type { RepoIndex, YamlDoc } from '../repoIndex';
import { RawFinding } from '../types';

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
  for (const p of index.paths) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash > 0) names.add(rest.slice(0, slash));
  }
  return [...names].sort();
}

/** The files under a folder (recursively). */
export function filesUnder(index: RepoIndex, dir: string): string[] {
  const prefix = dir ? `${dir}/` : '';
  return index.paths.filter(p => p.startsWith(prefix));
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
