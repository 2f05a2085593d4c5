// Run last in each backend run of e2e/run.sh: every branch the run's tasks pushed to the
// demo repository builds with `kubectl kustomize apps/`, as Flux builds it once merged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { kustomizeBranch } from './kustomizeBranch.mjs';

const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
const branches = execFileSync('git', ['for-each-ref', '--format=%(refname:short)', 'refs/heads/homeport/'], { cwd: repo })
  .toString()
  .trim()
  .split('\n')
  .filter(Boolean);

test('the run pushed branches', () => {
  assert.ok(branches.length > 0, 'no homeport/* branch was pushed in this run');
});

for (const branch of branches) {
  test(`${branch} builds with kubectl kustomize apps/`, () => {
    assert.deepEqual(kustomizeBranch(repo, branch), { status: 0, stderr: '' });
  });
}
