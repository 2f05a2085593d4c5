import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runGit } from './runGit';
import { seedBareRepository } from './seedBareRepository';

describe('seedBareRepository', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-seed-'));
    await fs.mkdir(path.join(tmp, 'seed/apps/demo'), { recursive: true });
    await fs.writeFile(path.join(tmp, 'seed/apps/kustomization.yaml'), 'resources:\n  - demo\n');
    await fs.writeFile(path.join(tmp, 'seed/apps/demo/namespace.yaml'), 'kind: Namespace\n');
  });
  afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

  it('creates a bare repository with the seed committed on the branch, once', async () => {
    const target = path.join(tmp, 'data/gitops.git');
    const options = { seedDir: path.join(tmp, 'seed'), target, branch: 'main' };

    await expect(seedBareRepository(options)).resolves.toBe('created');
    expect(
      (await runGit(['ls-tree', '-r', '--name-only', 'main'], { cwd: target }))
        .trim()
        .split('\n'),
    ).toEqual(['apps/demo/namespace.yaml', 'apps/kustomization.yaml']);
    const head = await runGit(['rev-parse', 'main'], { cwd: target });

    await expect(seedBareRepository(options)).resolves.toBe('existing');
    expect(await runGit(['rev-parse', 'main'], { cwd: target })).toBe(head);
    // Nothing but the repository is left beside it.
    expect(await fs.readdir(path.join(tmp, 'data'))).toEqual(['gitops.git']);
  });

  it('refuses a missing seed folder and leaves nothing behind', async () => {
    const target = path.join(tmp, 'data/gitops.git');
    await expect(
      seedBareRepository({ seedDir: path.join(tmp, 'nope'), target, branch: 'main' }),
    ).rejects.toThrow(`seed folder ${path.join(tmp, 'nope')} does not exist`);
    await expect(fs.stat(target)).rejects.toThrow(/ENOENT/);
  });
});
