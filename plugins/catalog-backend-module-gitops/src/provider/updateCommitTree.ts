import { MapFileTree } from '@homeport/plugin-gitops-common';
import { runGit } from '@homeport/plugin-gitops-node';
import { readCommitFiles, readCommitTree } from './readCommitTree';

/** Above this many changed files, reading the whole commit is simpler than the changes. */
const MAX_CHANGED_FILES = 1000;

/** The files that differ between two commits: `git diff --name-only --no-renames -z`. */
export async function changedFiles(
  cwd: string,
  from: string,
  to: string,
  timeoutMs?: number,
): Promise<string[]> {
  const out = await runGit(
    ['diff', '--name-only', '--no-renames', '-z', from, to, '--'],
    { cwd, timeoutMs },
  );
  return out.split('\0').filter(Boolean);
}

/**
 * The files of `commit`, from the tree of an earlier commit and the files changed
 * since (`git diff --name-only`): only those are read from git. The result is the tree
 * readCommitTree would read. Without a previous tree, after a history rewrite that
 * dropped it or for a large change, the whole commit is read.
 */
export async function updateCommitTree(
  cwd: string,
  commit: string,
  previous?: { commit: string; tree: MapFileTree },
  timeoutMs?: number,
): Promise<{ tree: MapFileTree; changed?: string[] }> {
  const whole = () => readCommitTree(cwd, commit, { timeoutMs });
  if (!previous) return { tree: await whole() };
  let changed: string[];
  try {
    changed = await changedFiles(cwd, previous.commit, commit, timeoutMs);
  } catch {
    return { tree: await whole() };
  }
  if (changed.length > MAX_CHANGED_FILES) return { tree: await whole(), changed };
  const read = new Map(
    changed.length ? await readCommitFiles(cwd, commit, changed, timeoutMs) : [],
  );
  return {
    tree: previous.tree.with(changed.map(p => [p, read.get(p)])),
    changed,
  };
}
