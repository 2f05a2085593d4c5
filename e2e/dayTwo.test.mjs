// Day two through the running backend's REST API (POST /api/scaffolder/v2/tasks): the
// upgrade and decommission templates on the demo repository. Each pushed branch's exact
// diff, `kubectl kustomize apps/` on it, and `homeport lint` on it. As the guest: an
// upgrade, a refused mutable tag, a refused decommission of a service with data, and a
// decommission that keeps the data. With HOMEPORT_E2E_ADMIN=1: an admin removes a
// service with its data.
import { test, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { kustomizeBranch } from './kustomizeBranch.mjs';
import { lintBranch } from './lintBranch.mjs';
import { scaffolderApi } from './scaffolderApi.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
const admin = process.env.HOMEPORT_E2E_ADMIN === '1';
let token;
const { runTemplate, signInWhenReady } = scaffolderApi(() => token, base);

const git = (...args) => execFileSync('git', args, { cwd: repo }).toString();
/**
 * Where a day-two change starts: the tip of the app's pending branch when an earlier test
 * left one (the change stacks onto it), else main.
 */
const baseOf = branch => (branchExists(branch) ? git('rev-parse', branch).trim() : 'main');
const nameStatus = (branch, from) => git('diff', '--name-status', `${from}...${branch}`).trim().split('\n');
/** The lines the change removes and adds, in diff order. */
const changedLines = (branch, from, ...paths) =>
  git('diff', `${from}...${branch}`, '--', ...paths)
    .split('\n')
    .filter(l => /^[-+](?![-+]{2} )/.test(l));
const branchExists = branch => spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], { cwd: repo }).status === 0;

function assertBuildsAndLints(branch) {
  assert.deepEqual(kustomizeBranch(repo, branch), { status: 0, stderr: '' });
  assert.deepEqual(lintBranch(repo, branch), { status: 0, summary: '0 errors, 0 warnings' });
}

before(async () => {
  token = process.env.HOMEPORT_E2E_TOKEN;
  token = await signInWhenReady('template/default/gitops-upgrade', 'template/default/gitops-decommission', 'user/default/ada', 'component/default/llama');
});

describe('day two as the guest', { skip: admin }, () => {
  test("gitops-upgrade: podinfo's tag and replicas, in place, the renovate comment kept", async () => {
    const from = baseOf('homeport/podinfo');
    const run = await runTemplate('gitops-upgrade', {
      app: 'component:default/podinfo',
      tag: '6.9.2',
      replicas: 2,
      gitopsRepository: 'demo',
    });
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(nameStatus('homeport/podinfo', from), ['M\tapps/podinfo/release.yaml']);
    assert.deepEqual(changedLines('homeport/podinfo', from), [
      '-    replicaCount: 1',
      '+    replicaCount: 2',
      '-      tag: "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
      '+      tag: "6.9.2" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
    ]);
    assert.equal(git('log', '-1', '--format=%s', 'homeport/podinfo').trim(), 'Upgrade podinfo');
    assert.equal(
      run.output.text.find(t => t.title === 'What changes').content,
      '- image ghcr.io/stefanprodan/podinfo: 6.9.1 → 6.9.2 (`apps/podinfo/release.yaml`)\n- replicas: 1 → 2 (`apps/podinfo/release.yaml`)\n',
    );
    assertBuildsAndLints('homeport/podinfo');
  });

  test('gitops-upgrade: a mutable tag is refused and nothing is pushed', async () => {
    const tip = git('rev-parse', 'homeport/podinfo').trim();
    const run = await runTemplate('gitops-upgrade', { app: 'component:default/podinfo', tag: 'latest', gitopsRepository: 'demo' });
    assert.equal(run.status, 'failed');
    assert.match(run.log, /Invalid upgrade: image\.tag: tag 'latest' is mutable: pin an exact version/);
    assert.equal(git('rev-parse', 'homeport/podinfo').trim(), tip);
  });

  test('gitops-decommission: the guest may not delete llama and its data; nothing is pushed', async () => {
    const run = await runTemplate('gitops-decommission', { app: 'component:default/llama', gitopsRepository: 'demo' });
    assert.equal(run.status, 'failed');
    assert.match(
      run.log,
      /Decommissioning llama deletes its data \(volume llama-models-lvmssd\), which needs the permission gitops\.service\.data\.delete\. Ask a member of the admin groups \(homeport\.admins\) to run this template, or keep the data\./,
    );
    assert.equal(branchExists('homeport/llama'), false);
  });

  test('gitops-decommission: the guest removes mealie and keeps its volume and database', async () => {
    const from = baseOf('homeport/mealie');
    const run = await runTemplate('gitops-decommission', { app: 'component:default/mealie', keepData: true, gitopsRepository: 'demo' });
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(nameStatus('homeport/mealie', from), [
      'D\t.homeport/steps/mealie.yaml',
      'D\tapps/mealie/catalog-info.yaml',
      'D\tapps/mealie/deployment.yaml',
      'D\tapps/mealie/ingress.yaml',
      'M\tapps/mealie/kustomization.yaml',
      'D\tapps/mealie/secret.yaml',
      'D\tapps/mealie/service.yaml',
      'D\tvault/kubernetes-auth-roles/mealie.yaml',
      'D\tvault/policy/mealie.hcl',
    ]);
    assert.deepEqual(changedLines('homeport/mealie', from, 'apps/mealie/kustomization.yaml'), [
      '-  - secret.yaml',
      '-  - deployment.yaml',
      '-  - service.yaml',
      '-  - ingress.yaml',
    ]);
    const removed = run.output.text.find(t => t.title === 'What is removed').content;
    assert.ok(!removed.includes('Warning'), removed);
    assert.match(removed, /\nKept \(data\):\n- `apps\/mealie\/namespace\.yaml`: Namespace mealie\n- `apps\/mealie\/postgres-cluster\.yaml`: Cluster mealie-db\n/);
    assertBuildsAndLints('homeport/mealie');
  });
});

describe('day two as an admin', { skip: !admin }, () => {
  test('gitops-decommission: an admin removes llama with its data, the way seed 000 registers it', async () => {
    const from = baseOf('homeport/llama');
    const run = await runTemplate('gitops-decommission', { app: 'component:default/llama', gitopsRepository: 'demo' });
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(nameStatus('homeport/llama', from), [
      'M\tMakefile',
      'M\tapps/kustomization.yaml',
      'D\tapps/llama/auth-proxy.yaml',
      'D\tapps/llama/configmap.yaml',
      'D\tapps/llama/deployment.yaml',
      'D\tapps/llama/ingress.yaml',
      'D\tapps/llama/kustomization.yaml',
      'D\tapps/llama/namespace.yaml',
      'D\tapps/llama/pvc.yaml',
      'D\tapps/llama/secret.yaml',
      'D\ttalos/patches/llama.patch',
      'D\tvault/kubernetes-auth-roles/llama-proxy.yaml',
      'D\tvault/policy/llama.hcl',
    ]);
    assert.deepEqual(changedLines('homeport/llama', from, 'Makefile', 'apps/kustomization.yaml'), [
      '-\t\t--config-patch @talos/patches/llama.patch \\',
      '-  - llama',
    ]);
    const removed = run.output.text.find(t => t.title === 'What is removed').content;
    assert.match(removed, /^> \*\*Warning: data is deleted\.\*\* This deletes llama's data: volume llama-models-lvmssd \(200Gi on ssd-lvmpv\)\./);
    assert.match(git('log', '-1', '--format=%b', 'homeport/llama'), /- \[ \] \*\*Apply the Talos machine config\*\* \(operator\)/);
    assertBuildsAndLints('homeport/llama');
  });
});
