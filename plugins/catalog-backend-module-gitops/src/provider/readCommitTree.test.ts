import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileTree, runGit } from '@homeport/plugin-gitops-node';
import { createDemoBareRepository } from '../__testUtils__/demoRepository';
import { DEMO_REPO } from '../__testUtils__/paths';
import { readCommitTree } from './readCommitTree';

describe('readCommitTree', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-tree-'));
  });
  afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

  it("reads a commit's files exactly as readFileTree reads the folder they came from", async () => {
    const bare = await createDemoBareRepository(tmp);
    const fromGit = await readCommitTree(bare, 'main');
    const fromFolder = await readFileTree(DEMO_REPO);
    expect(fromGit.paths()).toEqual(fromFolder.paths());
    for (const p of fromFolder.paths())
      expect([p, fromGit.read(p)]).toEqual([p, fromFolder.read(p)]);
  });

  it('leaves out binaries, symbolic links, large files and skipped folders', async () => {
    const work = path.join(tmp, 'work');
    await fs.mkdir(path.join(work, 'node_modules/x'), { recursive: true });
    await fs.writeFile(path.join(work, 'a.yaml'), 'kind: A\n');
    await fs.writeFile(
      path.join(work, 'image.png'),
      Buffer.from([0x89, 0x50, 0, 1]),
    );
    await fs.writeFile(
      path.join(work, 'big.yaml'),
      'x'.repeat(2 * 1024 * 1024 + 1),
    );
    await fs.writeFile(path.join(work, 'node_modules/x/b.yaml'), 'kind: B\n');
    await fs.symlink('/etc/passwd', path.join(work, 'link.yaml'));
    await runGit(['init', '--quiet', '--initial-branch', 'main'], {
      cwd: work,
    });
    await runGit(['add', '--all', '--force'], { cwd: work });
    await runGit(['commit', '--quiet', '-m', 'files'], { cwd: work });
    const tree = await readCommitTree(work, 'main');
    expect(tree.paths()).toEqual(['a.yaml']);
    expect(tree.read('a.yaml')).toBe('kind: A\n');
  });

  it('names the commit git cannot find', async () => {
    const bare = await createDemoBareRepository(tmp);
    await expect(readCommitTree(bare, 'nope')).rejects.toThrow(
      /git ls-tree failed/,
    );
  });
});
