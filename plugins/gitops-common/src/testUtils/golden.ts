import fs from 'node:fs';
import path from 'node:path';
import { ChangeSet } from '../changeset/types';

const STEPS_FILE = 'manual-steps.json';

function listFiles(root: string, dir = root): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? listFiles(root, full)
      : [path.relative(root, full).split(path.sep).join('/')];
  });
}

/** A change set as golden files hold it: each file's text by path, and the manual steps. */
export interface GoldenView {
  files: Record<string, string>;
  manualSteps: unknown;
}

/**
 * A change set next to the golden files of its case folder: `files/<path>` holds the
 * expected text of each added or modified file, `manual-steps.json` the expected steps.
 * With `UPDATE_GOLDEN=1` the folder is rewritten from the change set first (review the
 * result in git before keeping it). Compare the two with `toEqual`.
 */
export function goldenFiles(changeSet: ChangeSet, dir: string): { actual: GoldenView; expected: GoldenView } {
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
  return {
    actual: {
      files: Object.fromEntries(changeSet.files.map(f => [f.path, f.content])),
      manualSteps: changeSet.manualSteps,
    },
    expected: {
      files: Object.fromEntries(
        listFiles(filesDir)
          .sort()
          .map(p => [p, fs.readFileSync(path.join(filesDir, p), 'utf8')]),
      ),
      manualSteps: JSON.parse(fs.readFileSync(path.join(dir, STEPS_FILE), 'utf8')),
    },
  };
}

/** Asserts a change set equals the golden files of `dir` (see {@link goldenFiles}). */
export function expectGolden(changeSet: ChangeSet, dir: string): void {
  const { actual, expected } = goldenFiles(changeSet, dir);
  expect(actual).toEqual(expected);
}
