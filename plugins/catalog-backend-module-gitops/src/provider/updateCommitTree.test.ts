import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runGit } from '@homeport/plugin-gitops-node';
import { readCommitTree } from './readCommitTree';
import { updateCommitTree } from './updateCommitTree';

describe('updateCommitTree', () => {
  let work: string;
  const commit = async (message: string) => {
    await runGit(['add', '--all'], { cwd: work });
    await runGit(['commit', '--quiet', '-m', message], { cwd: work });
    return (await runGit(['rev-parse', 'HEAD'], { cwd: work })).trim();
  };

  beforeEach(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-update-'));
    await runGit(['init', '--quiet', '--initial-branch', 'main'], { cwd: work });
    await fs.mkdir(path.join(work, 'apps/a'), { recursive: true });
    await fs.writeFile(path.join(work, 'apps/a/release.yaml'), 'version: 1\n');
    await fs.writeFile(path.join(work, 'apps/a/pvc.yaml'), 'kind: PVC\n');
    await fs.writeFile(path.join(work, 'README.md'), 'hello\n');
  });
  afterEach(() => fs.rm(work, { recursive: true, force: true }));

  it("reads only the changed files and gives the new commit's tree", async () => {
    const first = await commit('first');
    const before = await readCommitTree(work, first);
    await fs.writeFile(path.join(work, 'apps/a/release.yaml'), 'version: 2\n');
    await fs.rm(path.join(work, 'apps/a/pvc.yaml'));
    await fs.mkdir(path.join(work, 'apps/b'));
    await fs.writeFile(path.join(work, 'apps/b/release.yaml'), 'version: 1\n');
    await fs.writeFile(path.join(work, 'apps/b/logo.png'), Buffer.from([0x89, 0, 1]));
    const second = await commit('second');

    const { tree, changed } = await updateCommitTree(work, second, { commit: first, tree: before });
    expect(changed).toEqual(['apps/a/pvc.yaml', 'apps/a/release.yaml', 'apps/b/logo.png', 'apps/b/release.yaml']);
    const expected = await readCommitTree(work, second);
    expect(tree.paths()).toEqual(['README.md', 'apps/a/release.yaml', 'apps/b/release.yaml']);
    expect(tree.paths()).toEqual(expected.paths());
    for (const p of expected.paths()) expect([p, tree.read(p)]).toEqual([p, expected.read(p)]);
    expect(tree.exists('apps/b')).toBe(true);
    expect(tree.exists('apps/a/pvc.yaml')).toBe(false);
  });

  it('reads the whole commit without a previous tree, or when git no longer has its commit', async () => {
    const first = await commit('first');
    const whole = await updateCommitTree(work, first);
    expect(whole.changed).toBeUndefined();
    expect(whole.tree.paths()).toEqual(['README.md', 'apps/a/pvc.yaml', 'apps/a/release.yaml']);

    const gone = await updateCommitTree(work, first, { commit: '0'.repeat(40), tree: whole.tree.with([['stale.yaml', 'x: 1\n']]) });
    expect(gone.changed).toBeUndefined();
    expect(gone.tree.paths()).toEqual(['README.md', 'apps/a/pvc.yaml', 'apps/a/release.yaml']);
  });
});
