import fs from 'node:fs';
import path from 'node:path';
import { ChangeSet } from '../changeset/types';

const STEPS_FILE = 'manual-steps.json';

function listFiles(root: string, dir = root): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')];
  });
}

/**
 * Compares a change set with the golden files in `dir`: `files/<path>` holds each
 * changed file's expected text and `manual-steps.json` the expected steps. With
 * `UPDATE_GOLDEN=1` it rewrites them instead (then review the diff in git).
 */
export function expectGolden(changeSet: ChangeSet, dir: string): void {
  const filesDir = path.join(dir, 'files');
  if (process.env.UPDATE_GOLDEN) {
    fs.rmSync(filesDir, { recursive: true, force: true });
    for (const file of changeSet.files) {
      const target = path.join(filesDir, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
    }
    fs.writeFileSync(path.join(dir, STEPS_FILE), `${JSON.stringify(changeSet.manualSteps, null, 2)}\n`);
  }
  expect(changeSet.files.map(f => f.path)).toEqual(listFiles(filesDir).sort());
  for (const file of changeSet.files) {
    expect({ path: file.path, content: file.content }).toEqual({
      path: file.path,
      content: fs.readFileSync(path.join(filesDir, file.path), 'utf8'),
    });
  }
  expect(changeSet.manualSteps).toEqual(
    JSON.parse(fs.readFileSync(path.join(dir, STEPS_FILE), 'utf8')),
  );
}
