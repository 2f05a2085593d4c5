import fs from 'node:fs';
import path from 'node:path';
import { MapFileTree } from '../tree/FileTree';

/** Reads a folder into a MapFileTree (tests only; production code uses gitops-node). */
export function readTreeSync(root: string): MapFileTree {
  const files: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== '__fixtures__') walk(full);
      } else if (entry.isFile()) {
        files.push([path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(root);
  return new MapFileTree(files);
}
