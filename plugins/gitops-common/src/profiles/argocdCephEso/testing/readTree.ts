import fs from 'node:fs';
import path from 'node:path';
import { MapFileTree } from '../../../tree/FileTree';

/** The repository root (`/work/main`): five levels above `src/profiles/argocdCephEso`. */
export const REPO_ROOT = path.resolve(__dirname, '../../../../../..');

/** `shared/` beside the repository root: the corpus and the CRDs. */
export const SHARED_DIR = process.env.HOMEPORT_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');

/** The seed 003 repository in the corpus. */
export const CORPUS_REPO = path.join(SHARED_DIR, 'corpus', 'rrumana__k8s-homelab-2');

/** Reads a folder into a MapFileTree (tests only). */
export function readTree(root: string): MapFileTree {
  const files: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(full);
      } else if (entry.isFile()) {
        files.push([path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(root);
  return new MapFileTree(files);
}
