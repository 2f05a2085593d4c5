import fs from 'node:fs/promises';
import path from 'node:path';
import { MapFileTree } from '@homeport/plugin-gitops-common';

/** Folders never read: VCS data, dependencies, build output. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform']);
/** Files larger than this are not GitOps text and are left out. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Reads a repository folder into a {@link MapFileTree}: every text file under it, by
 * POSIX path. Symbolic links are not followed (they could lead outside the folder).
 *
 * @public
 */
export async function readFileTree(root: string): Promise<MapFileTree> {
  const files: [string, string][] = [];
  async function walk(dir: string) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    await Promise.all(
      entries.map(async entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) await walk(full);
        } else if (entry.isFile()) {
          const stat = await fs.stat(full);
          if (stat.size > MAX_FILE_BYTES) return;
          const buffer = await fs.readFile(full);
          if (buffer.includes(0)) return; // binary
          files.push([path.relative(root, full).split(path.sep).join('/'), buffer.toString('utf8')]);
        }
      }),
    );
  }
  await walk(root);
  return new MapFileTree(files);
}
