import fs from 'node:fs';
import path from 'node:path';
import { DEMO_REPO, SHARED_DIR } from './paths';

/** Every `.yaml`/`.yml` file under the folders, by absolute path. */
export function yamlFilesUnder(...dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) files.push(full);
    }
  };
  dirs.forEach(walk);
  return files;
}

/** Every YAML file of the shared corpus and of the demo repository. */
export function corpusAndDemoYamlFiles(): string[] {
  return yamlFilesUnder(path.join(SHARED_DIR, 'corpus'), DEMO_REPO);
}
