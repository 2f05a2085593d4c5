import { PublishType } from '../config/readRepositoryConfigs';

/**
 * The forge's web page comparing `branch` with `base` of the repository in Backstage's
 * `host?owner=…&repo=…` form (`project` for Bitbucket Server); empty for `branch`
 * publishing, which has no web view.
 *
 * @public
 */
export function compareUrlOf(type: PublishType, repoUrl: string | undefined, base: string, branch: string): string {
  if (type === 'branch' || !repoUrl) return '';
  const url = new URL(`https://${repoUrl}`);
  const owner = url.searchParams.get('owner') ?? url.searchParams.get('project') ?? '';
  const repo = url.searchParams.get('repo') ?? '';
  const project = `https://${url.host}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const range = `${encodeURIComponent(base)}...${branch.split('/').map(encodeURIComponent).join('/')}`;
  switch (type) {
    case 'gitlab':
      return `${project}/-/compare/${range}`;
    case 'bitbucket':
      return `https://${url.host}/projects/${encodeURIComponent(owner)}/repos/${encodeURIComponent(repo)}/compare/commits?${new URLSearchParams({
        sourceBranch: `refs/heads/${branch}`,
        targetBranch: `refs/heads/${base}`,
      })}`;
    default:
      return `${project}/compare/${range}`;
  }
}
