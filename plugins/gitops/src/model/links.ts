/**
 * The web address of a repository file, from the entity's `backstage.io/source-location`
 * (`url:https://forge/org/repo/tree/main/apps/mealie/`, as the entity provider writes it)
 * and the service's folder: the folder is swapped for the file's path, and a folder page
 * becomes a file page (GitHub and GitLab `tree` → `blob`). Undefined when the location is
 * not a web address (a repository on the backend's disk) or does not end with the folder.
 */
export function fileUrl(
  sourceLocation: string | undefined,
  folder: string | undefined,
  path: string,
  line?: number,
): string | undefined {
  if (!sourceLocation?.startsWith('url:')) return undefined;
  let base = sourceLocation.slice('url:'.length);
  if (!/^https?:\/\//.test(base)) return undefined;
  base = base.replace(/\/+$/, '');
  const dir = (folder ?? '').replace(/^\/+|\/+$/g, '');
  if (dir) {
    if (!base.endsWith(`/${dir}`)) return undefined;
    base = base.slice(0, -dir.length - 1);
  }
  base = base
    .replace(/\/-\/tree\/([^/]+)$/, '/-/blob/$1')
    .replace(/\/tree\/([^/]+)$/, '/blob/$1');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (!line || line <= 1) return `${base}/${encoded}`;
  const anchor = /\/src\/(?!branch\/)[^/]+$/.test(base)
    ? `#lines-${line}`
    : `#L${line}`; // Bitbucket: src/<branch>
  return `${base}/${encoded}${anchor}`;
}
