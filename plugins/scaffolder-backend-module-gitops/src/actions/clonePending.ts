import fs from 'node:fs/promises';
import { GitOpsRepositoryConfig, PendingCommit, readPendingCommits, runGit } from '@homeport/plugin-gitops-node';
import { isRemoteUrl } from './publicRepository';

/** The tip of `branch` in the repository, or undefined when it has no such branch. */
export async function remoteBranchTip(url: string, branch: string, timeoutMs: number): Promise<string | undefined> {
  const out = await runGit(['ls-remote', '--', url, `refs/heads/${branch}`], { timeoutMs });
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
): Promise<PendingCommit[] | undefined> {
  if (!(await remoteBranchTip(repo.url, branch, timeoutMs))) return undefined;
  // Shallow options need a transport: a local path goes through file://.
  const url = isRemoteUrl(repo.url) ? repo.url : `file://${repo.url}`;
  try {
    await runGit(
      ['clone', '--quiet', '--no-tags', '--single-branch', '--branch', branch, `--shallow-exclude=${repo.branch}`, '--', url, dest],
      { timeoutMs },
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
