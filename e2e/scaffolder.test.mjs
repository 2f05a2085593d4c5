// The Create wizard through the running backend's REST API: every template runs to
// completion against the demo repository and leaves a branch whose objects validate.
// HOMEPORT_E2E_ADMIN=1 when the run's guest signs in as an admin (user:default/ada).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { scaffolderApi } from './scaffolderApi.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
const admin = process.env.HOMEPORT_E2E_ADMIN === '1';
/** The loopback Helm repository of e2e/run.sh, serving the gitea-shaped fixture chart. */
const CHARTS_URL = process.env.HOMEPORT_E2E_CHARTS_URL;
let token;

const { runTemplate, signInWhenReady } = scaffolderApi(() => token, base);

function branchFiles(branch) {
  return execFileSync('git', ['diff', '--name-status', `main...${branch}`], { cwd: repo }).toString().trim().split('\n');
}

/** `homeport lint` on a checkout of the branch: the repository's own CI check. */
function lintBranch(branch) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-lint-'));
  try {
    execFileSync('git', ['clone', '--quiet', '--branch', branch, repo, dir]);
    const result = spawnSync(process.execPath, ['packages/cli/bin/homeport', 'lint', dir, '--profile', 'flux-lvm-openbao'], { encoding: 'utf8' });
    return { status: result.status, summary: result.stdout.trim().split('\n').pop() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function validate(branch) {
  const out = execFileSync(
    process.execPath,
    ['-r', '@backstage/cli/config/nodeTransform.cjs', 'e2e/validateBranch.ts', repo, branch],
    { encoding: 'utf8' },
  );
  return JSON.parse(out);
}

// Sign in only once the catalog has the templates and the users: guest sign-in takes
// its group memberships from the user entity.
before(async () => {
  token = process.env.HOMEPORT_E2E_TOKEN;
  token = await signInWhenReady('template/default/gitops-expose', 'user/default/ada');
});

// One case per template, each on an app no other case touches: every branch holds exactly
// its template's change. Stacking (a second add-on on one app) is tested on its own below.
const CASES = [
  ['gitops-web-app-image', 'homeport/whoami', { name: 'whoami', owner: 'group:default/platform', image: 'traefik/whoami', tag: 'v1.10.3', port: 80, replicas: 1, expose: true, gitopsRepository: 'demo' },
    ['A\t.homeport/steps/whoami.yaml', 'M\tapps/kustomization.yaml', 'A\tapps/whoami/catalog-info.yaml', 'A\tapps/whoami/deployment.yaml', 'A\tapps/whoami/ingress.yaml', 'A\tapps/whoami/kustomization.yaml', 'A\tapps/whoami/namespace.yaml']],
  // The chart comes from the loopback Helm repository e2e/run.sh starts: its Service, port and image keys are read from it.
  ['gitops-web-app-helm', 'homeport/gitea', { name: 'gitea', owner: 'group:default/home', repositoryType: 'helm', repositoryUrl: CHARTS_URL, chart: 'gitea', version: '12.4.0', imageRepository: 'docker.gitea.com/gitea', imageTag: '1.24.6', expose: true, host: 'git.lumpiasty.xyz', gitopsRepository: 'demo' },
    ['A\t.homeport/steps/gitea.yaml', 'M\tapps/kustomization.yaml', 'A\tapps/gitea/catalog-info.yaml', 'A\tapps/gitea/ingress.yaml', 'A\tapps/gitea/kustomization.yaml', 'A\tapps/gitea/namespace.yaml', 'A\tapps/gitea/release.yaml']],
  ['gitops-redis', 'homeport/mealie', { app: 'component:default/mealie', mode: 'cache', size: '1Gi', gitopsRepository: 'demo' },
    ['M\t.homeport/steps/mealie.yaml', 'M\tapps/mealie/deployment.yaml', 'M\tapps/mealie/kustomization.yaml', 'A\tapps/mealie/redis.yaml', 'A\tapps/mealie/secret-mealie-valkey.yaml', 'A\tvault/policy/mealie-valkey.hcl', 'M\tvault/kubernetes-auth-roles/mealie.yaml']],
  ['gitops-secret', 'homeport/teamspeak', { app: 'component:default/teamspeak', name: 'teamspeak-admin', path: 'teamspeak/admin', keys: ['token'], gitopsRepository: 'demo' },
    ['A\t.homeport/steps/teamspeak.yaml', 'M\tapps/teamspeak/kustomization.yaml', 'M\tapps/teamspeak/statefulset.yaml', 'A\tapps/teamspeak/secret.yaml', 'A\tvault/kubernetes-auth-roles/teamspeak.yaml', 'A\tvault/policy/teamspeak-admin.hcl']],
];

for (const [template, branch, values, files] of CASES) {
  test(`${template} completes and leaves ${branch} with objects that validate`, async () => {
    const run = await runTemplate(template, values);
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(branchFiles(branch).sort(), [...files].sort());
    const result = validate(branch);
    assert.deepEqual(result.issues, []);
    assert.ok(result.objects > 0);
    assert.deepEqual(lintBranch(branch), { status: 0, summary: '0 errors, 0 warnings' });
  });
}

test("the Helm app is wired from its chart: the Ingress routes to the chart's Service and port, the image goes to its values keys", () => {
  const objects = file => parseAllDocuments(execFileSync('git', ['show', `homeport/gitea:${file}`], { cwd: repo }).toString()).map(d => d.toJS());
  const [ingress] = objects('apps/gitea/ingress.yaml');
  assert.deepEqual(ingress.spec.rules[0].http.paths[0].backend, { service: { name: 'gitea-http', port: { number: 3000 } } });
  const release = objects('apps/gitea/release.yaml').find(o => o.kind === 'HelmRelease');
  assert.deepEqual(release.spec.values, { image: { registry: 'docker.gitea.com', repository: 'gitea', tag: '1.24.6' } });
});

/** Author and committer of each commit of a branch beyond main, newest first. */
function branchCommits(branch) {
  return execFileSync('git', ['log', '--format=%an <%ae> | %cn <%ce> | %s', `main..${branch}`], { cwd: repo }).toString().trim().split('\n');
}

const requester = admin ? 'Ada (platform operator) <ada@example.com>' : 'Guest <guest@example.com>';

test('Postgres, then a TCP port, on one app: one pending branch, two commits, both file sets, by the requester', async () => {
  const postgres = await runTemplate('gitops-postgres', { app: 'component:default/podinfo', size: '2Gi', gitopsRepository: 'demo' });
  assert.equal(postgres.status, 'completed', postgres.log);
  assert.deepEqual(branchFiles('homeport/podinfo'), ['A\t.homeport/steps/podinfo.yaml', 'M\tapps/podinfo/kustomization.yaml', 'A\tapps/podinfo/postgres-cluster.yaml', 'A\tapps/podinfo/postgres-volume.yaml']);
  const expose = await runTemplate('gitops-expose', { app: 'component:default/podinfo', protocol: 'TCP', port: 9999, portName: 'grpc', gitopsRepository: 'demo' });
  assert.equal(expose.status, 'completed', expose.log);
  assert.match(expose.log, /Checked out the pending change on branch `homeport\/podinfo` \(1 commit not merged yet: "Add a PostgreSQL database to podinfo" by .+ on \d{4}-\d{2}-\d{2}\) of GitOps repository 'demo': this change stacks onto it/);
  assert.deepEqual(branchFiles('homeport/podinfo'), [
    'A\t.homeport/steps/podinfo.yaml',
    'M\tapps/podinfo/kustomization.yaml',
    'A\tapps/podinfo/loadbalancer.yaml',
    'A\tapps/podinfo/postgres-cluster.yaml',
    'A\tapps/podinfo/postgres-volume.yaml',
  ]);
  assert.deepEqual(branchCommits('homeport/podinfo'), [
    `${requester} | Homeport <homeport@localhost> | Expose podinfo (TCP 9999)`,
    `${requester} | Homeport <homeport@localhost> | Add a PostgreSQL database to podinfo`,
  ]);
  assert.deepEqual(validate('homeport/podinfo').issues, []);
  assert.deepEqual(lintBranch('homeport/podinfo'), { status: 0, summary: '0 errors, 0 warnings' });
  // The task output: a proposal in words, links, and no server path.
  const output = JSON.stringify(expose.output);
  assert.ok(!output.includes(process.env.HOMEPORT_E2E_DATA), output);
  assert.ok(!expose.log.includes(process.env.HOMEPORT_E2E_DATA), expose.log);
  assert.deepEqual(expose.output.links.map(l => l.title), ['podinfo in the catalog', 'Pending changes and services (GitOps page)']);
  assert.match(expose.output.text[0].content, /^Added commit [0-9a-f]{7} to the pending change on branch `homeport\/podinfo` \(1 commit not merged yet: "Add a PostgreSQL database to podinfo" by .+\) in GitOps repository 'demo'\./);
});

test('the checklist is the commit body', async () => {
  const body = execFileSync('git', ['log', '-1', '--format=%b', 'homeport/teamspeak'], { cwd: repo }).toString().trim();
  assert.match(body, /^- \[ \] \*\*/);
});

test('adding again what the pending change adds is refused clearly, and nothing is pushed', async () => {
  const tip = execFileSync('git', ['rev-parse', 'homeport/podinfo'], { cwd: repo }).toString().trim();
  const run = await runTemplate('gitops-postgres', { app: 'component:default/podinfo', size: '2Gi', gitopsRepository: 'demo' });
  assert.equal(run.status, 'failed');
  assert.match(run.log, /\. This change was rendered on top of the pending change on branch homeport\/podinfo \(not merged yet\): if that change added it, merge or delete the branch first\./);
  assert.equal(execFileSync('git', ['rev-parse', 'homeport/podinfo'], { cwd: repo }).toString().trim(), tip);
});

test('running the same app template twice is a clear conflict that names the pending change', async () => {
  const run = await runTemplate('gitops-web-app-image', CASES[0][2]);
  assert.equal(run.status, 'failed');
  assert.match(run.log, /App 'whoami' already exists \(apps\/whoami\/\)\. This change was rendered on top of the pending change on branch homeport\/whoami \(not merged yet\)/);
});

test(`the GPU template is ${admin ? 'allowed for an admin' : 'refused to the guest'}`, async () => {
  const run = await runTemplate('gitops-gpu-workload', {
    name: 'comfyui', owner: 'group:default/ai', image: 'ghcr.io/ai-dock/comfyui', tag: 'v2-rocm-6.2.4-2025-11-01', vendor: 'amd', count: 1, port: 8188, modelsSize: '100Gi', gitopsRepository: 'demo',
  });
  if (admin) {
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(branchFiles('homeport/comfyui').sort(), [
      'A\t.homeport/steps/comfyui.yaml',
      'A\tapps/comfyui/catalog-info.yaml', 'A\tapps/comfyui/deployment.yaml', 'A\tapps/comfyui/kustomization.yaml',
      'A\tapps/comfyui/namespace.yaml', 'A\tapps/comfyui/pvc.yaml', 'A\ttalos/patches/comfyui.patch',
      'M\tMakefile', 'M\tapps/kustomization.yaml',
    ].sort());
    assert.deepEqual(validate('homeport/comfyui').issues, []);
    assert.deepEqual(lintBranch('homeport/comfyui'), { status: 0, summary: '0 errors, 0 warnings' });
  } else {
    assert.equal(run.status, 'failed');
    assert.match(run.log, /Creating a GPU or privileged workload needs the permission gitops\.workload\.privileged\.create/);
    assert.equal(execFileSync('git', ['branch', '--list', 'homeport/comfyui'], { cwd: repo }).toString(), '');
  }
});
