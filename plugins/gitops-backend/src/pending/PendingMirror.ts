import fs from 'node:fs/promises';
import path from 'node:path';
import {
  compareUrlOf,
  GitOpsRepositoryConfig,
  PENDING_BRANCH_PREFIX,
  pendingChecklist,
  readPendingCommits,
  runGit,
  runRemoteGit,
} from '@homeport/plugin-gitops-node';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { PendingChange } from '@homeport/plugin-gitops-common';

const BASE_REFS = 'refs/homeport-base/';
const PENDING_REFS = 'refs/homeport-pending/';

/**
 * A bare mirror of one GitOps repository's base branch and pending branches
 * (`homeport/*`) in a folder of `homeport.cacheDir`: each `list()` fetches only what
 * moved, and reads the pending changes from the mirror. Lists are serialized, so two
 * requests never fetch into the folder at once.
 */
export class PendingMirror {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      repository: GitOpsRepositoryConfig;
      dir: string;
      timeoutMs: number;
      /** Backstage's `integrations`: the credentials of an HTTP(S) repository. */
      integrations?: ScmIntegrationRegistry;
    },
  ) {}

  /** The open pending changes, newest activity first. */
  list(): Promise<PendingChange[]> {
    const next = this.queue.then(() => this.read());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<PendingChange[]> {
    const { repository, dir, timeoutMs } = this.options;
    const git = (args: string[]) => runGit(args, { cwd: dir, timeoutMs });
    if (!(await fs.stat(path.join(dir, 'HEAD')).catch(() => undefined))) {
      await fs.mkdir(dir, { recursive: true });
      await git(['init', '--quiet', '--bare']);
    }
    const base = `${BASE_REFS}${repository.branch}`;
    await runRemoteGit(
      [
        'fetch', '--quiet', '--no-tags', '--prune', '--force', '--', repository.url,
        `+refs/heads/${repository.branch}:${base}`,
        `+refs/heads/${PENDING_BRANCH_PREFIX}*:${PENDING_REFS}*`,
      ],
      { cwd: dir, timeoutMs, url: repository.url, integrations: this.options.integrations },
    );
    const refs = (await git(['for-each-ref', '--format=%(refname)', PENDING_REFS])).split('\n').filter(Boolean);
    const changes: PendingChange[] = [];
    for (const ref of refs) {
      const commits = await readPendingCommits(`${base}..${ref}`, { cwd: dir, timeoutMs });
      if (!commits.length) continue; // merged already
      const app = ref.slice(PENDING_REFS.length);
      const branch = `${PENDING_BRANCH_PREFIX}${app}`;
      const oldest = commits[commits.length - 1];
      changes.push({
        repository: repository.id,
        branch,
        app,
        commit: commits[0].commit,
        author: { name: oldest.authorName, email: oldest.authorEmail },
        createdAt: oldest.date,
        updatedAt: commits[0].date,
        commits: commits.map(c => ({ commit: c.commit, subject: c.subject, author: c.authorName, date: c.date })),
        checklist: pendingChecklist(commits),
        compareUrl: compareUrlOf(repository.publish.type, repository.publish.repoUrl, repository.branch, branch) || undefined,
      });
    }
    return changes.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  }
}
