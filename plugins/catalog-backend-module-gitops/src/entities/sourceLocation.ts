/** The forges whose web addresses Homeport knows. */
export type Forge = 'github' | 'gitlab' | 'bitbucket' | 'gitea';

/**
 * Where a repository's files can be looked at: on a forge's web pages (`url`), or in a
 * folder on the backend's host (`file`: a local repository has no web pages).
 */
export type RepositoryLocation =
  | { type: 'url'; web: string; branch: string; forge: Forge }
  | { type: 'file'; root: string };

/** The web address of a git URL (`https://…/x.git`, `ssh://git@host/x.git`, `git@host:x.git`), or `undefined`. */
export function webUrlOf(gitUrl: string): string | undefined {
  const scp = /^[^/@\s]+@([^/:\s]+):(?!\/)(.+)$/.exec(gitUrl);
  let host: string;
  let repoPath: string;
  if (scp) {
    host = scp[1];
    repoPath = scp[2];
  } else {
    let parsed: URL;
    try {
      parsed = new URL(gitUrl);
    } catch {
      return undefined;
    }
    if (
      !['http:', 'https:', 'ssh:', 'git:'].includes(parsed.protocol) ||
      !parsed.hostname
    ) {
      return undefined;
    }
    host =
      parsed.protocol === 'http:' || parsed.protocol === 'https:'
        ? parsed.host
        : parsed.hostname;
    repoPath = parsed.pathname;
    if (parsed.protocol === 'http:')
      return `http://${host}/${trimRepoPath(repoPath)}`;
  }
  return `https://${host}/${trimRepoPath(repoPath)}`;
}

function trimRepoPath(repoPath: string): string {
  return repoPath
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

/** The forge of a web address: from the publish type when it names one, else from the host. */
export function forgeOf(web: string, publishType?: string): Forge {
  if (
    publishType === 'github' ||
    publishType === 'gitlab' ||
    publishType === 'bitbucket' ||
    publishType === 'gitea'
  ) {
    return publishType;
  }
  const host = new URL(web).hostname;
  if (host.includes('gitlab')) return 'gitlab';
  if (host.includes('bitbucket')) return 'bitbucket';
  if (
    host.includes('gitea') ||
    host.includes('forgejo') ||
    host === 'codeberg.org'
  )
    return 'gitea';
  return 'github';
}

/**
 * The location of a configured repository: its forge pages when `url` is a forge URL,
 * else the folder `localRoot` (the provider's checkout, or the folder the command line
 * reads), falling back to `url` itself.
 */
export function repositoryLocation(options: {
  url: string;
  branch: string;
  publishType?: string;
  localRoot?: string;
}): RepositoryLocation {
  const web = webUrlOf(options.url);
  if (web)
    return {
      type: 'url',
      web,
      branch: options.branch,
      forge: forgeOf(web, options.publishType),
    };
  return {
    type: 'file',
    root: (options.localRoot ?? options.url).replace(/\/+$/, ''),
  };
}

function encodePath(repoPath: string): string {
  return repoPath.split('/').map(encodeURIComponent).join('/');
}

/** The web page of a folder (with a trailing slash, as Backstage writes folder locations). */
function folderPage(
  location: Extract<RepositoryLocation, { type: 'url' }>,
  folder: string,
): string {
  const branch = encodeURIComponent(location.branch);
  const tail = folder ? `${encodePath(folder)}/` : '';
  switch (location.forge) {
    case 'gitlab':
      return `${location.web}/-/tree/${branch}/${tail}`;
    case 'bitbucket':
      return `${location.web}/src/${branch}/${tail}`;
    case 'gitea':
      return `${location.web}/src/branch/${branch}/${tail}`;
    default:
      return `${location.web}/tree/${branch}/${tail}`;
  }
}

/**
 * The `backstage.io/source-location` (and managed-by-location) value of a folder:
 * `url:<forge page of the folder>/`, or `file:<root>/<folder>/`.
 */
export function folderLocation(
  location: RepositoryLocation,
  folder: string,
): string {
  if (location.type === 'url') return `url:${folderPage(location, folder)}`;
  return `file:${location.root}/${folder ? `${folder}/` : ''}`;
}

/** The forge's edit page of a file, or `undefined` for a local repository. */
export function editUrl(
  location: RepositoryLocation,
  file: string,
): string | undefined {
  if (location.type !== 'url') return undefined;
  const branch = encodeURIComponent(location.branch);
  const path = encodePath(file);
  switch (location.forge) {
    case 'gitlab':
      return `${location.web}/-/edit/${branch}/${path}`;
    case 'bitbucket':
      return `${location.web}/src/${branch}/${path}?mode=edit`;
    case 'gitea':
      return `${location.web}/_edit/${branch}/${path}`;
    default:
      return `${location.web}/edit/${branch}/${path}`;
  }
}

/**
 * The `backstage.io/techdocs-ref` of a folder with docs. TechDocs resolves a `dir:`
 * reference against the source-location: for a forge folder page `dir:.` is the
 * folder; for a `file:` location it is resolved against the location's parent folder,
 * so the folder is named by its absolute path (which stays inside that parent).
 */
export function techdocsRef(
  location: RepositoryLocation,
  folder: string,
): string {
  if (location.type === 'url') return 'dir:.';
  return `dir:${location.root}${folder ? `/${folder}` : ''}`;
}
