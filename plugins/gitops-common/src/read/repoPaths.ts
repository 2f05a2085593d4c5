/**
 * Repository-relative POSIX paths as engines write them (`./apps`, `../base`,
 * `$values/x.yaml`), normalized to the reader's form (`apps`, `''` for the root).
 */

/** Normalizes `./a/../b/` to `b`; undefined when the path leaves the repository. */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** `relative` resolved against folder `dir`. */
export function joinPath(dir: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return normalizePath(relative);
  return normalizePath(dir ? `${dir}/${relative}` : relative);
}

/** Whether `path` is `dir` or lies under it. */
export function isUnder(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

/** The last segment of a path. */
export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** A file name without its YAML extension. */
export function stem(path: string): string {
  return baseName(path).replace(/\.ya?ml$/, '');
}

/** Whether a kustomize resource is remote (URL or git reference). */
export function isRemote(resource: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(resource) ||
    resource.startsWith('github.com/') ||
    resource.includes('?ref=')
  );
}
