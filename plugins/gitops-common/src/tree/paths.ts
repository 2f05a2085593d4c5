import { InputError } from '@backstage/errors';

/**
 * Joins POSIX path segments of a repository path and refuses any result that would
 * leave the repository (absolute, `..`, empty segments).
 *
 * @public
 */
export function repoPath(...segments: string[]): string {
  const joined = segments.filter(s => s !== '').join('/');
  const parts = joined.split('/');
  if (
    joined.startsWith('/') ||
    parts.some(p => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0'))
  ) {
    throw new InputError(`Path '${joined}' is not a plain path inside the repository`);
  }
  return joined;
}

/** The folder of a repository path (`''` for the root). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The path of `target` relative to `fromDir`, POSIX style (`sub/file`, `../x`). */
export function relativePath(fromDir: string, target: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const to = target.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Orders strings by code unit, as `git` and `ls` order paths (not by locale). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The first position of `sorted` (in the default sort order, as `FileTree.paths` gives) not before `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether `sorted` (in the default sort order, as `FileTree.paths` gives) holds `path`. */
export function sortedIncludes(sorted: readonly string[], path: string): boolean {
  return sorted[lowerBound(sorted, path)] === path;
}

/**
 * The paths of `sorted` (in the default sort order) that start with `prefix`: they
 * follow one another there, so this reads only them.
 */
export function sortedWithPrefix(sorted: readonly string[], prefix: string): readonly string[] {
  if (!prefix) return sorted;
  const start = lowerBound(sorted, prefix);
  let end = start;
  while (end < sorted.length && sorted[end].startsWith(prefix)) end++;
  return sorted.slice(start, end);
}
