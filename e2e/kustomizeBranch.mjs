// `kubectl kustomize apps/` on a checkout of a branch of a bare repository: what Flux
// would build once the branch is merged.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function kustomizeBranch(repo, branch, folder = 'apps') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-kustomize-'));
  try {
    execFileSync('git', ['clone', '--quiet', '--branch', branch, repo, dir]);
    const run = spawnSync('kubectl', ['kustomize', path.join(dir, folder)], { encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr.trim() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
