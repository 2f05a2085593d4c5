import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ChangeSet } from '@homeport/plugin-gitops-common';
import { writeChangeSet } from '@homeport/plugin-gitops-node';

/**
 * Writes a change set into the checkout (`source`: adds, edits and deletes) and copies
 * the added and modified files alone into `changes` for the forges' pull-request actions
 * and the wizard's preview. A deleted file has no copy: the change's `files` output
 * names it.
 */
export async function writeChanges(source: string, changes: string, changeSet: ChangeSet): Promise<void> {
  await writeChangeSet(source, changeSet);
  for (const file of changeSet.files) {
    if (file.action === 'delete') continue;
    const target = resolveSafeChildPath(changes, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content, 'utf8');
  }
}
