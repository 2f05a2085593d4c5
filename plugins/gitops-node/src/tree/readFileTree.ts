import fs from 'node:fs/promises';
import path from 'node:path';
import { MapFileTree } from '@homeport/plugin-gitops-common';

/** Folders never read: VCS data, dependencies, build output. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform']);
/** Files larger than this are not GitOps text and are left out. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Files open at once: far below the process's limit, whatever the repository's size. */
const OPEN_FILES = 64;

/** Runs `task` for each item with at most `limit` running at once. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Reads a repository folder into a {@link MapFileTree}: every text file under it, by
 * POSIX path. Symbolic links are not followed (they could lead outside the folder).
 *
 * @public
 */
export async function readFileTree(root: string): Promise<MapFileTree> {
  const found: string[] = [];
  async function walk(dir: string) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(full);
      } else if (entry.isFile()) {
        found.push(full);
      }
    }
  }
  await walk(root);
  const files: [string, string][] = [];
  await eachLimited(found, OPEN_FILES, async full => {
    const stat = await fs.stat(full);
    if (stat.size > MAX_FILE_BYTES) return;
    const buffer = await fs.readFile(full);
    if (buffer.includes(0)) return; // binary
    files.push([path.relative(root, full).split(path.sep).join('/'), buffer.toString('utf8')]);
  });
  return new MapFileTree(files);
}
