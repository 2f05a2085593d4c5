// Manual steps through the running backend (e2e/run.sh runs it with the stub cluster, as
// the guest): GET /api/gitops/steps ticks mealie's recorded steps from git (a person
// marked it done), the cluster (the Secret Vault Secrets Operator syncs: one key missing)
// and DNS (the stub's name server); the gitops-steps-done template marks a step done by
// pull request (the branch's exact diff), and refuses a step already done.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { scaffolderApi } from './scaffolderApi.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
let token;
const { api, runTemplate, signInWhenReady } = scaffolderApi(() => token, base);
const git = (...args) => execFileSync('git', args, { cwd: repo }).toString();

before(async () => {
  token = process.env.HOMEPORT_E2E_TOKEN;
  token = await signInWhenReady('template/default/gitops-steps-done', 'component/default/mealie', 'user/default/guest');
});

test("GET /api/gitops/steps ticks mealie's steps from git, the cluster and DNS", async () => {
  const { status, body } = await api('GET', '/api/gitops/steps?entityRef=component:default/mealie');
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body, {
    entityRef: 'component:default/mealie',
    items: [
      { id: 'openbao:reconcile:mealie', status: 'owed', source: 'person', evidence: 'Not marked done yet' },
      {
        id: 'secret:secret/authentik/mealie',
        status: 'owed',
        source: 'cluster',
        evidence: 'Secret mealie/mealie-authentik lacks client_secret (cluster kube-stub)',
      },
      {
        id: 'oidc:mealie',
        status: 'done',
        source: 'git',
        evidence:
          'Marked done by user:default/guest on 2026-11-02: Provider and application created; sign-in tested with the household account.',
      },
      { id: 'dns:mealie.lumpiasty.xyz', status: 'done', source: 'dns', evidence: 'mealie.lumpiasty.xyz resolves to 10.0.20.10' },
    ],
  });
});

test('GET /api/gitops/steps names what is wrong with the request', async () => {
  const unnamed = await api('GET', '/api/gitops/steps');
  assert.equal(unnamed.status, 400);
  assert.deepEqual([unnamed.body.error.name, unnamed.body.error.message], [
    'InputError',
    'Name the entity: ?entityRef=component:default/<name>',
  ]);
  const missing = await api('GET', '/api/gitops/steps?entityRef=component:default/wiki');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.message, 'No entity component:default/wiki in the catalog');
  const none = await api('GET', '/api/gitops/steps?entityRef=component:default/podinfo');
  assert.deepEqual(none.body, { entityRef: 'component:default/podinfo', items: [] });
});

test('gitops-steps-done marks the OpenBao step done on homeport/mealie, and nothing else', async () => {
  const from = git('rev-parse', 'main').trim();
  const run = await runTemplate('gitops-steps-done', {
    app: 'component:default/mealie',
    steps: ['openbao:reconcile:mealie'],
    note: 'bao policy read mealie prints the policy.',
    gitopsRepository: 'demo',
  });
  assert.equal(run.status, 'completed', run.log);
  assert.equal(git('diff', '--name-status', `${from}...homeport/mealie`), 'M\t.homeport/steps/mealie.yaml\n');
  const lines = git('diff', `${from}...homeport/mealie`)
    .split('\n')
    .filter(l => /^[-+](?![-+]{2} )/.test(l));
  assert.equal(lines.length, 4, lines.join('\n'));
  assert.deepEqual(lines.slice(0, 2), ['+    done:', '+      by: user:default/guest']);
  assert.match(lines[2], /^\+ {6}at: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(lines[3], '+      note: bao policy read mealie prints the policy.');
  // The done record lands on the OpenBao step, the file's first.
  const file = git('show', 'homeport/mealie:.homeport/steps/mealie.yaml');
  assert.match(file, /- id: openbao:reconcile:mealie\n(?: {4}.*\n)*? {4}done:\n {6}by: user:default\/guest\n/);
  assert.match(
    run.output.text.find(t => t.title === 'Steps marked done').content,
    /^- \[x\] \*\*Reconcile OpenBao for role mealie and policy mealie\*\* \(operator\): marked done by user:default\/guest at \S+: bao policy read mealie prints the policy\.\n?$/,
  );
});

test('gitops-steps-done refuses a step already marked done, and pushes nothing', async () => {
  const before = git('rev-parse', 'homeport/mealie').trim();
  const run = await runTemplate('gitops-steps-done', { app: 'component:default/mealie', steps: ['oidc:mealie'], gitopsRepository: 'demo' });
  assert.equal(run.status, 'failed');
  assert.match(run.log, /Step 'oidc:mealie' is already marked done in \.homeport\/steps\/mealie\.yaml/);
  assert.equal(git('rev-parse', 'homeport/mealie').trim(), before);
});
