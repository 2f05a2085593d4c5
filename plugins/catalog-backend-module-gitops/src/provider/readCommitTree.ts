import { MapFileTree } from '@homeport/plugin-gitops-common';
import {
  GitCommandError,
  runGit,
  runGitBuffer,
} from '@homeport/plugin-gitops-node';

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

/** The contents of `objects`, in order, from one `git cat-file --batch`. */
async function readBlobs(
  cwd: string,
  objects: string[],
  timeoutMs?: number,
): Promise<Buffer[]> {
  const out = await runGitBuffer(['cat-file', '--batch'], {
    cwd,
    timeoutMs,
    input: objects.map(o => `${o}\n`).join(''),
  });
  const blobs: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    if (header[0] !== object || header[1] !== 'blob') {
      throw new GitCommandError(
        ['cat-file', '--batch'],
        `unexpected answer for ${object}: ${header.join(' ')}`,
      );
    }
    const size = Number(header[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
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
  const blobs = await readBlobs(
    cwd,
    entries.map(e => e.object),
    timeoutMs,
  );
  const files: [string, string][] = [];
  entries.forEach((entry, i) => {
    if (!blobs[i].includes(0))
      files.push([entry.path, blobs[i].toString('utf8')]);
  });
  return files;
}
