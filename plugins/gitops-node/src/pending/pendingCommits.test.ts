import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runGit } from '../git/runGit';
import { parsePendingLog, pendingBranchOf, pendingChecklist, readPendingCommits } from './pendingCommits';

describe('pending commits', () => {
  it('names one pending branch per app', () => {
    expect(pendingBranchOf('podinfo')).toBe('homeport/podinfo');
  });

  it('parses git log records, bodies with blank lines included', () => {
    const out = 'a1\x00Ada\x00ada@lab.test\x002026-01-02T03:04:05+00:00\x00Add redis\x00line 1\n\n- [ ] step\n\x1e\nb2\x00Bob\x00bob@lab.test\x002026-01-01T00:00:00+00:00\x00Add postgres\x00\x1e\n';
    expect(parsePendingLog(out)).toEqual([
      { commit: 'a1', authorName: 'Ada', authorEmail: 'ada@lab.test', date: '2026-01-02T03:04:05+00:00', subject: 'Add redis', body: 'line 1\n\n- [ ] step' },
      { commit: 'b2', authorName: 'Bob', authorEmail: 'bob@lab.test', date: '2026-01-01T00:00:00+00:00', subject: 'Add postgres', body: '' },
    ]);
  });

  it('collects the open checklist items, oldest commit first, each once', () => {
    const commit = (body: string) => ({ commit: 'c', authorName: '', authorEmail: '', date: '', subject: '', body });
    expect(
      pendingChecklist([
        commit('- [ ] **Fill secret B** (operator): x\n- [x] done'),
        commit('Intro\n- [ ] **Fill secret A** (operator): y\n- [ ] **Fill secret B** (operator): x'),
      ]),
    ).toEqual(['**Fill secret A** (operator): y', '**Fill secret B** (operator): x']);
  });

  it('reads the commits of a branch beyond its base from a real repository', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-pending-'));
    try {
      const git = (...args: string[]) => runGit(args, { cwd: dir });
      await git('init', '--quiet', '-b', 'main');
      await git('commit', '--quiet', '--allow-empty', '-m', 'base');
      await git('checkout', '--quiet', '-b', 'homeport/web');
      await git('-c', 'user.name=Ada Lovelace', '-c', 'user.email=ada@lab.test', 'commit', '--quiet', '--allow-empty', '-m', 'Add web', '-m', '- [ ] **Create DNS** (operator): now');
      const commits = await readPendingCommits('main..homeport/web', { cwd: dir });
      expect(commits.map(({ authorName, authorEmail, subject, body }) => ({ authorName, authorEmail, subject, body }))).toEqual([
        { authorName: 'Ada Lovelace', authorEmail: 'ada@lab.test', subject: 'Add web', body: '- [ ] **Create DNS** (operator): now' },
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
