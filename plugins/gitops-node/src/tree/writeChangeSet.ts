import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { ChangeSet } from '@homeport/plugin-gitops-common';

/**
 * Writes a change set into a working tree. Every path is resolved inside `root` first
 * (`resolveSafeChildPath`), and every file is checked against what the change set
 * expects (absent for an add, unchanged for a modify) before anything is written, so a
 * refused change set writes nothing.
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
    if (file.action === 'modify' && current !== file.previous) {
      throw new ConflictError(`${file.path} changed since the change set was computed`);
    }
  }
  for (const { file, target } of targets) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content, 'utf8');
  }
  return targets.map(t => t.file.path);
}
