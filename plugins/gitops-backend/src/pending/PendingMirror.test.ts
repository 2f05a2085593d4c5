import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runGit } from '@homeport/plugin-gitops-node';
import { pendingRepository } from '../__testUtils__/pendingRepository';
import { PendingMirror } from './PendingMirror';

describe('PendingMirror', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-pending-'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  const repository = (url: string, publish: { type: 'branch' | 'github'; repoUrl?: string } = { type: 'branch' }) => ({
    id: 'demo',
    url,
    branch: 'main',
    profile: 'flux-lvm-openbao',
    defaultOwner: 'group:default/platform',
    publish,
  });

  it('lists the open pending branches with app, author, age and checklist; merged ones are left out', async () => {
    const bare = await pendingRepository(root);
    const tip = (await runGit(['rev-parse', 'homeport/podinfo'], { cwd: bare })).trim();
    const mirror = new PendingMirror({ repository: repository(bare), dir: path.join(root, 'mirror.git'), timeoutMs: 30_000 });
    const changes = await mirror.list();
    expect(changes).toEqual([
      {
        repository: 'demo',
        branch: 'homeport/podinfo',
        app: 'podinfo',
        commit: tip,
        author: { name: 'Ada', email: 'ada@lab.test' },
        createdAt: '2026-12-01T10:00:00+00:00',
        updatedAt: '2026-12-02T10:00:00+00:00',
        commits: [
          { commit: tip, subject: 'Add a Redis cache to podinfo', author: 'Bob', date: '2026-12-02T10:00:00+00:00' },
          { commit: expect.stringMatching(/^[0-9a-f]{40}$/), subject: 'Add a PostgreSQL database to podinfo', author: 'Ada', date: '2026-12-01T10:00:00+00:00' },
        ],
        checklist: ['**Fill the database password** (operator): in OpenBao', '**Fill the cache password** (operator): in OpenBao'],
        compareUrl: undefined,
      },
    ]);
  });

  it('follows the repository: a deleted branch is gone on the next list, and forges get a compare link', async () => {
    const bare = await pendingRepository(root);
    const mirror = new PendingMirror({
      repository: repository(bare, { type: 'github', repoUrl: 'github.com?owner=lab&repo=cluster' }),
      dir: path.join(root, 'mirror.git'),
      timeoutMs: 30_000,
    });
    expect((await mirror.list()).map(c => c.compareUrl)).toEqual(['https://github.com/lab/cluster/compare/main...homeport/podinfo']);
    await runGit(['branch', '-D', 'homeport/podinfo'], { cwd: bare });
    expect(await mirror.list()).toEqual([]);
  });
});
