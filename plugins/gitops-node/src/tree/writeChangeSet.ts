import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { ChangeSet } from '@homeport/plugin-gitops-common';

/** Removes `dir` and its parents while they are empty, stopping at `root`. */
async function removeEmptyFolders(root: string, dir: string): Promise<void> {
  const top = path.resolve(root);
  let current = path.resolve(dir);
  while (current !== top && current.startsWith(`${top}${path.sep}`)) {
    const entries = await fs.readdir(current).catch(() => undefined);
    if (!entries || entries.length) return;
    await fs.rmdir(current);
    current = path.dirname(current);
  }
}

/**
 * Writes a change set into a working tree. Every path is resolved inside `root` first
 * (`resolveSafeChildPath`), and every file is checked against what the change set
 * expects (absent for an add, unchanged for a modify or a delete) before anything is
 * written, so a refused change set writes nothing. A delete removes the file, and the
 * folders it leaves empty (up to `root`), as git keeps no empty folders either.
 *
 * @public
 */
export async function writeChangeSet(root: string, changeSet: ChangeSet): Promise<string[]> {
  const targets = changeSet.files.map(file => ({
    file,
    target: resolveSafeChildPath(root, file.path),
  }));
  for (const { file, target } of targets) {
    const current = await fs.readFile(target, 'utf8').catch(() => undefined);
    if (file.action === 'add' && current !== undefined) {
      throw new ConflictError(`${file.path} already exists in ${root}`);
    }
    if ((file.action === 'modify' || file.action === 'delete') && current !== file.previous) {
      throw new ConflictError(`${file.path} changed since the change set was computed`);
    }
  }
  for (const { file, target } of targets) {
    if (file.action === 'delete') {
      await fs.rm(target);
      await removeEmptyFolders(root, path.dirname(target));
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content, 'utf8');
  }
  return targets.map(t => t.file.path);
}
