import fs from 'node:fs/promises';
import path from 'node:path';
import { runGit } from '@homeport/plugin-gitops-node';

/** A bare repository with main, a pending branch of two commits and a merged one. */
export async function pendingRepository(root: string): Promise<string> {
  const work = path.join(root, 'work');
  const bare = path.join(root, 'gitops.git');
  const git = (...args: string[]) => runGit(args, { cwd: work });
  const as = (name: string) => ['-c', `user.name=${name}`, '-c', `user.email=${name.toLowerCase()}@lab.test`];
  await fs.mkdir(work);
  await git('init', '--quiet', '-b', 'main');
  await git('commit', '--quiet', '--allow-empty', '-m', 'Base');
  await git('branch', 'homeport/merged');
  await git('checkout', '--quiet', '-b', 'homeport/podinfo');
  const env = (date: string) => ({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  await runGit([...as('Ada'), 'commit', '--quiet', '--allow-empty', '-m', 'Add a PostgreSQL database to podinfo', '-m', '- [ ] **Fill the database password** (operator): in OpenBao'], {
    cwd: work,
    env: env('2026-12-01T10:00:00+00:00'),
  });
  await runGit([...as('Bob'), 'commit', '--quiet', '--allow-empty', '-m', 'Add a Redis cache to podinfo', '-m', '- [ ] **Fill the cache password** (operator): in OpenBao'], {
    cwd: work,
    env: env('2026-12-02T10:00:00+00:00'),
  });
  await git('checkout', '--quiet', 'main');
  await runGit(['clone', '--quiet', '--bare', work, bare]);
  return bare;
}
