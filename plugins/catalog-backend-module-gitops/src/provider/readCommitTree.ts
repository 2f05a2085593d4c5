import { MapFileTree } from '@homeport/plugin-gitops-common';
import { runGit, runGitBuffer } from '@homeport/plugin-gitops-node';
import { CatFileBatchReader } from './catFileBatch';

/** Folders never read (as readFileTree): VCS data, dependencies, build output. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform']);
/** Files larger than this are not GitOps text and are left out (as readFileTree). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface BlobEntry {
  path: string;
  object: string;
}

/** The text blobs of a commit worth reading (of `paths` only, when given): `git ls-tree -r -l -z`. */
async function listBlobs(
  cwd: string,
  commit: string,
  paths: readonly string[] = [],
  timeoutMs?: number,
): Promise<BlobEntry[]> {
  const out = await runGit(
    [
      'ls-tree',
      '-r',
      '-l',
      '-z',
      '--full-tree',
      commit,
      ...(paths.length ? ['--', ...paths] : []),
    ],
    { cwd, timeoutMs },
  );
  const entries: BlobEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, object, size] = record.slice(0, tab).split(/\s+/);
    const path = record.slice(tab + 1);
    if (type !== 'blob' || mode === '120000') continue; // submodules, symbolic links
    if (Number(size) > MAX_FILE_BYTES) continue;
    if (path.split('/').some(segment => SKIPPED_DIRS.has(segment))) continue;
    entries.push({ path, object });
  }
  return entries;
}

/**
 * The texts of `objects`, in order, from one `git cat-file --batch` read as it arrives;
 * `undefined` for a binary blob (one holding a NUL byte).
 */
async function readBlobs(
  cwd: string,
  objects: string[],
  timeoutMs?: number,
): Promise<(string | undefined)[]> {
  const texts: (string | undefined)[] = new Array(objects.length);
  const reader = new CatFileBatchReader(objects, (i, blob) => {
    texts[i] = blob.includes(0) ? undefined : blob.toString('utf8');
  });
  // --buffer: git's normal output buffering, not a flush after each object (all are asked at once).
  await runGitBuffer(['cat-file', '--batch', '--buffer'], {
    cwd,
    timeoutMs,
    input: objects.map(o => `${o}\n`).join(''),
    onStdout: chunk => reader.push(chunk),
  });
  reader.end();
  return texts;
}

/**
 * Reads the files of `commit` straight from the git object store of the repository in
 * `cwd`: every text file (as readFileTree: no binaries, nothing over 2 MB, no `.git`,
 * `node_modules` or `.terraform`, no symbolic links), by repository path. Two git
 * processes whatever the size of the repository, and exactly the commit's contents
 * (nothing a checkout may have lying around).
 */
export async function readCommitTree(
  cwd: string,
  commit: string,
  options: { timeoutMs?: number } = {},
): Promise<MapFileTree> {
  return new MapFileTree(await readCommitFiles(cwd, commit, [], options.timeoutMs));
}

/** The text files of `commit` (of `paths` only, when given), as readCommitTree reads them. */
export async function readCommitFiles(
  cwd: string,
  commit: string,
  paths: readonly string[] = [],
  timeoutMs?: number,
): Promise<[string, string][]> {
  const entries = await listBlobs(cwd, commit, paths, timeoutMs);
  const texts = await readBlobs(
    cwd,
    entries.map(e => e.object),
    timeoutMs,
  );
  const files: [string, string][] = [];
  entries.forEach((entry, i) => {
    const text = texts[i];
    if (text !== undefined) files.push([entry.path, text]);
  });
  return files;
}
