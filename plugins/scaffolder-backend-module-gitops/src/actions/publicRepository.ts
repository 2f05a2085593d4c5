import { GitOpsRepositoryConfig } from '@homeport/plugin-gitops-node';

/** A git URL (scheme://... or scp-like user@host:path), as opposed to a local path. */
export function isRemoteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]+@[^/]+:/.test(url);
}

/** The URL without the user and password it may carry. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, '$1');
}

/**
 * How a repository is named to users: its id, and its URL when it has one a user can
 * reach. A local path (the embedded default's bare repository) is a server path and is
 * never shown.
 */
export function describeRepository(repo: Pick<GitOpsRepositoryConfig, 'id' | 'url'>): string {
  return isRemoteUrl(repo.url) && !repo.url.startsWith('file:')
    ? `'${repo.id}' (${withoutCredentials(repo.url)})`
    : `'${repo.id}'`;
}

/**
 * `text` (a git error, a log line) with the server paths it may hold replaced by what a
 * user may see: the repository's local path or URL by its description, the task
 * workspace by `<workspace>`.
 */
export function redactServerPaths(
  text: string,
  repo: Pick<GitOpsRepositoryConfig, 'id' | 'url'>,
  workspace?: string,
): string {
  const named = `repository ${describeRepository(repo)}`;
  let out = text.split(`file://${repo.url}`).join(named).split(repo.url).join(named);
  if (workspace) out = out.split(workspace).join('<workspace>');
  return out;
}
