import fs from 'node:fs/promises';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { GitOpsRepositoryConfig, PendingCommit, readPendingCommits, runRemoteGit } from '@homeport/plugin-gitops-node';
import { isRemoteUrl } from './publicRepository';

/** The tip of `branch` in the repository, or undefined when it has no such branch. */
export async function remoteBranchTip(
  url: string,
  branch: string,
  timeoutMs: number,
  integrations?: ScmIntegrationRegistry,
): Promise<string | undefined> {
  const out = await runRemoteGit(['ls-remote', '--', url, `refs/heads/${branch}`], { timeoutMs, url, integrations });
  return out.split(/\s+/)[0] || undefined;
}

/**
 * Clones the pending branch `branch` of `repo` into `dest` when it exists and holds
 * commits that `repo.branch` does not: the clone holds exactly those commits (a shallow
 * clone that excludes the base branch), and they are returned, newest first. Returns
 * undefined, leaving `dest` empty, when there is no pending change on the branch.
 */
export async function clonePending(
  repo: Pick<GitOpsRepositoryConfig, 'url' | 'branch'>,
  branch: string,
  dest: string,
  timeoutMs: number,
  integrations?: ScmIntegrationRegistry,
): Promise<PendingCommit[] | undefined> {
  if (!(await remoteBranchTip(repo.url, branch, timeoutMs, integrations))) return undefined;
  // Shallow options need a transport: a local path goes through file://.
  const url = isRemoteUrl(repo.url) ? repo.url : `file://${repo.url}`;
  try {
    await runRemoteGit(
      ['clone', '--quiet', '--no-tags', '--single-branch', '--branch', branch, `--shallow-exclude=${repo.branch}`, '--', url, dest],
      { timeoutMs, url, integrations },
    );
  } catch (error) {
    // The branch holds nothing the base does not (merged already): no pending change.
    if (/no commits selected for shallow requests/.test(String((error as Error).message))) {
      await fs.rm(dest, { recursive: true, force: true });
      await fs.mkdir(dest, { recursive: true });
      return undefined;
    }
    throw error;
  }
  return readPendingCommits('HEAD', { cwd: dest, timeoutMs });
}
