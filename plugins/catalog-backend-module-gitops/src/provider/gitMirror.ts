import fs from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { runGit, runRemoteGit } from '@homeport/plugin-gitops-node';

/**
 * A copy of one branch of a repository (git URL or local path) in a folder of the
 * provider's cache: `remoteCommit()` asks where the branch is without fetching,
 * `update()` fetches the branch and, when asked, checks its commit out (the files of a
 * local repository must exist somewhere for `file:` locations and TechDocs). Only the
 * branch is fetched and the folder is reused, so a refresh moves only what changed. An
 * HTTP(S) remote is reached with the credentials Backstage's `integrations` give for it.
 */
export class GitMirror {
  /** Whether this process checked a commit out already (then the folder holds nothing else). */
  private cleaned = false;

  constructor(
    private readonly options: {
      /** The repository: a git URL or an absolute local path. */
      url: string;
      branch: string;
      /** The folder of the checkout (created on first use). */
      dir: string;
      /** How long each git command may run before it is killed (`homeport.timeouts.git`). */
      timeoutMs: number;
      /** Backstage's `integrations`: the credentials of an HTTP(S) remote. */
      integrations?: ScmIntegrationRegistry;
    },
  ) {}

  /** The folder holding the files of the commit last checked out. */
  get checkoutDir(): string {
    return this.options.dir;
  }

  private get remoteRef() {
    return `refs/remotes/homeport/${this.options.branch}`;
  }

  /** The commit the branch points at in the repository (`git ls-remote`). */
  async remoteCommit(): Promise<string> {
    const { url, branch, integrations } = this.options;
    const out = await runRemoteGit(['ls-remote', '--', url, `refs/heads/${branch}`], {
      timeoutMs: this.options.timeoutMs,
      url,
      integrations,
    });
    const commit = out.split(/\s+/)[0];
    if (!commit)
      throw new NotFoundError(`Branch '${branch}' does not exist in ${url}`);
    return commit;
  }

  /** Fetches the branch (without checking it out); returns the commit fetched. */
  async fetch(): Promise<string> {
    const { url, branch, dir, timeoutMs, integrations } = this.options;
    const cwd = dir;
    if (!(await fs.stat(path.join(dir, '.git')).catch(() => undefined))) {
      await fs.mkdir(dir, { recursive: true });
      await runGit(['init', '--quiet'], { cwd, timeoutMs });
    }
    await runRemoteGit(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--force',
        '--',
        url,
        `+refs/heads/${branch}:${this.remoteRef}`,
      ],
      { cwd, timeoutMs, url, integrations },
    );
    return (
      await runGit(['rev-parse', '--verify', `${this.remoteRef}^{commit}`], {
        cwd,
        timeoutMs,
      })
    ).trim();
  }

  /**
   * Checks a fetched commit out into {@link GitMirror.checkoutDir} (the first time also
   * removing files git does not track: the folder is the provider's own). Reading the
   * commit's objects (`git ls-tree`, `git cat-file`) may go on meanwhile: it needs no checkout.
   */
  async checkout(commit: string): Promise<void> {
    const { dir: cwd, timeoutMs } = this.options;
    // Reads are serialized: a lock file can only be left by a git killed mid-checkout.
    await fs.rm(path.join(cwd, '.git/index.lock'), { force: true });
    await runGit(['checkout', '--quiet', '--force', '--detach', commit], {
      cwd,
      timeoutMs,
    });
    // Files left by an earlier process go once; later checkouts replace only changed files.
    if (!this.cleaned) {
      await runGit(['clean', '-ffdxq'], { cwd, timeoutMs });
      this.cleaned = true;
    }
  }
}
