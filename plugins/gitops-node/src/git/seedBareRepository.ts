import fs from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '@backstage/errors';
import { runGit } from './runGit';

/**
 * Whether `dir` holds a bare git repository.
 */
async function isBareRepository(dir: string): Promise<boolean> {
  try {
    const out = await runGit(['rev-parse', '--is-bare-repository'], { cwd: dir });
    return out.trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Creates the bare repository `target` from the files of `seedDir`, committed on
 * `branch` as one initial commit, unless `target` already is a bare repository.
 * The repository appears at `target` only once complete (built beside it, then
 * renamed), so an interrupted start leaves nothing half-made behind.
 *
 * @returns `'created'` or `'existing'`.
 * @public
 */
export async function seedBareRepository(options: {
  seedDir: string;
  target: string;
  branch: string;
}): Promise<'created' | 'existing'> {
  const { seedDir, target, branch } = options;
  if (await isBareRepository(target)) {
    return 'existing';
  }
  const seedStat = await fs.stat(seedDir).catch(() => undefined);
  if (!seedStat?.isDirectory()) {
    throw new NotFoundError(
      `Cannot create GitOps repository ${target}: seed folder ${seedDir} does not exist`,
    );
  }
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  const scratch = await fs.mkdtemp(path.join(parent, '.seed-'));
  try {
    const work = path.join(scratch, 'work');
    await fs.cp(seedDir, work, { recursive: true });
    await runGit(['init', '--quiet', '--initial-branch', branch], { cwd: work });
    await runGit(['add', '--all'], { cwd: work });
    await runGit(
      ['commit', '--quiet', '-m', `Initial GitOps repository from ${path.basename(seedDir)}`],
      { cwd: work },
    );
    const bare = path.join(scratch, 'bare.git');
    await runGit(['clone', '--quiet', '--bare', work, bare]);
    try {
      await fs.rename(bare, target);
    } catch (error) {
      // Another process won the race and created it first: theirs is as good as ours.
      if (await isBareRepository(target)) return 'existing';
      throw error;
    }
    return 'created';
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
