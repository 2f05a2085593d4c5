// `homeport lint` on a checkout of a branch of a bare repository: the GitOps repository's
// own CI check, as a pull request would run it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function lintBranch(repo, branch, profile = 'flux-lvm-openbao') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-lint-'));
  try {
    execFileSync('git', ['clone', '--quiet', '--branch', branch, repo, dir]);
    const result = spawnSync(process.execPath, ['packages/cli/bin/homeport', 'lint', dir, '--profile', profile], { encoding: 'utf8' });
    return { status: result.status, summary: result.stdout.trim().split('\n').pop() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
