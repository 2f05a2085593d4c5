import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { runGit, RunGitOptions, runRemoteGit } from '@homeport/plugin-gitops-node';
import { ChangedFile } from './requirePrivilege';

/**
 * git in a checkout of the task workspace: no fsmonitor or hook program runs, whatever a
 * step wrote into its `.git/config`, and the command stops after `timeoutMs`. With
 * `remote`, a command that talks to the repository (push) carries the credentials its
 * integration gives (see `runRemoteGit`).
 */
export function workspaceGit(
  args: string[],
  options: RunGitOptions & { cwd: string; remote?: { url: string; integrations?: ScmIntegrationRegistry } },
): Promise<string> {
  const { remote, ...rest } = options;
  const safe = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '--no-optional-locks', ...args];
  return remote ? runRemoteGit(safe, { ...rest, ...remote }) : runGit(safe, rest);
}

/** The paths the checkout in `cwd` changed, added or deleted since its commit (`git status`). */
export async function changedPaths(cwd: string, timeoutMs: number): Promise<string[]> {
  if (!(await fs.stat(path.join(cwd, '.git')).catch(() => undefined))) {
    throw new InputError(`${path.basename(cwd)} holds no git checkout of the GitOps repository: run gitops:checkout first`);
  }
  const out = await workspaceGit(['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames'], { cwd, timeoutMs });
  return out
    .split('\0')
    .filter(Boolean)
    .map(record => record.slice(3));
}

/**
 * The files the checkout in `cwd` added or modified, with their new text and their text
 * at the checked-out commit: what a publish step would push. Deleted files carry no
 * privilege and are left out; so are symbolic links (their targets may lie outside the
 * workspace). `paths` are the changed paths when the caller has them already.
 */
export async function checkoutChanges(
  cwd: string,
  timeoutMs: number,
  paths?: readonly string[],
): Promise<ChangedFile[]> {
  const out: ChangedFile[] = [];
  for (const file of paths ?? (await changedPaths(cwd, timeoutMs))) {
    const stat = await fs.lstat(path.join(cwd, file)).catch(() => undefined);
    if (!stat?.isFile()) continue;
    // A file under a linked folder that leaves the checkout is refused (NotAllowedError).
    const full = resolveSafeChildPath(cwd, file);
    const content = await fs.readFile(full, 'utf8');
    const previous = await workspaceGit(['cat-file', 'blob', `HEAD:${file}`], { cwd, timeoutMs }).catch(() => undefined);
    out.push({ path: file, content, previous });
  }
  return out;
}
