import path from 'node:path';

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** `../shared` beside the repository: the corpus and the CRDs. */
export const SHARED_DIR = process.env.HOMEPORT_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');

/** A command's output sink that keeps what it writes. */
export function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, sink: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) } };
}
