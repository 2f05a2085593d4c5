// "The change is right before it is proposed", through the running backend's REST API
// (POST /api/scaffolder/v2/tasks) as the guest of the sqlite run: a change that breaks
// `kubectl kustomize apps/` (a second Ingress of the same name), a host or a Secret name
// another object already has, an empty owner and an owner the catalog does not know are
// refused with a precise message and nothing is pushed; a further host for an app joins
// its Ingress, and the branch builds.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { scaffolderApi } from './scaffolderApi.mjs';
import { kustomizeBranch } from './kustomizeBranch.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
let token;

const { runTemplate, signInWhenReady } = scaffolderApi(() => token, base);
const git = (...args) => execFileSync('git', args, { cwd: repo }).toString();
/** Every branch of the bare repository with its commit. */
const refs = () => git('for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads').trim();

before(async () => {
  token = process.env.HOMEPORT_E2E_TOKEN;
  token = await signInWhenReady('template/default/e2e-second-ingress', 'user/default/guest');
});

/** Runs a template that must be refused: the task fails with `message` and no branch moves. */
async function expectRefused(template, values, message) {
  const before = refs();
  const run = await runTemplate(template, values);
  assert.equal(run.status, 'failed', run.log);
  assert.ok(run.log.includes(message), `expected the log to say:\n${message}\n---\n${run.log}`);
  assert.equal(refs(), before, 'a refused change pushed something');
}

const webApp = owner => ({
  name: 'ownerless', owner, image: 'traefik/whoami', tag: 'v1.10.3', port: 80, replicas: 1, expose: false, gitopsRepository: 'demo',
});

test('a second Ingress of the same name breaks kubectl kustomize apps/: refused with the object and both files named', async () => {
  await expectRefused(
    'e2e-second-ingress',
    { gitopsRepository: 'demo' },
    "The change would break the repository's build, so nothing is proposed:\n- `kubectl kustomize apps` would fail: Ingress podinfo/podinfo is defined twice in the build of apps/podinfo: in apps/podinfo/ingress.yaml and in apps/podinfo/ingress-second.yaml",
  );
});

test('a host another app serves is refused, and so is a host the app serves already', async () => {
  await expectRefused(
    'gitops-expose',
    { app: 'component:default/mealie', protocol: 'http', port: 9000, host: 'podinfo.lumpiasty.xyz', gitopsRepository: 'demo' },
    'which Ingress podinfo (apps/podinfo/ingress.yaml:6) already uses: choose another host name',
  );
  await expectRefused(
    'gitops-expose',
    { app: 'component:default/podinfo', protocol: 'http', port: 9898, host: 'podinfo.lumpiasty.xyz', gitopsRepository: 'demo' },
    'Ingress podinfo (apps/podinfo/ingress.yaml) already serves podinfo.lumpiasty.xyz',
  );
});

test('a Secret name another object writes is refused', async () => {
  await expectRefused(
    'gitops-secret',
    { app: 'component:default/mealie', name: 'mealie-authentik', path: 'mealie/other', keys: ['token'], gitopsRepository: 'demo' },
    'The change gives VaultStaticSecret mealie-authentik (apps/mealie/secret-mealie-authentik.yaml) the Secret mealie/mealie-authentik, which VaultStaticSecret mealie-authentik (apps/mealie/secret.yaml:25) already uses: choose another name',
  );
});

test('an empty owner is refused, not defaulted; an owner the catalog does not have is refused', async () => {
  await expectRefused('gitops-web-app-image', webApp(''), 'Owner of ownerless: no owner was given. Choose the group that owns it; Homeport does not fill in a default for an empty owner.');
  await expectRefused('gitops-web-app-image', webApp('group:default/nobody'), 'Owner of ownerless: group:default/nobody is not in the catalog. Choose a group or user that exists.');
});

test('a further host for an app joins its Ingress: the Ingress and the recorded steps change, and apps/ still builds', async () => {
  const before = new Set(refs().split('\n'));
  const run = await runTemplate('gitops-expose', {
    app: 'component:default/podinfo', protocol: 'http', port: 9898, host: 'info.lumpiasty.xyz', gitopsRepository: 'demo',
  });
  assert.equal(run.status, 'completed', run.log);
  const moved = refs().split('\n').filter(line => !before.has(line)).map(line => line.split(' ')[0].replace('refs/heads/', ''));
  assert.equal(moved.length, 1, `one branch moves: ${moved}`);
  const branch = moved[0];
  assert.deepEqual(git('diff', '--name-status', `main...${branch}`).trim().split('\n'), ['A\t.homeport/steps/podinfo.yaml', 'M\tapps/podinfo/ingress.yaml']);
  const ingresses = parseAllDocuments(git('show', `${branch}:apps/podinfo/ingress.yaml`)).map(d => d.toJS());
  assert.deepEqual(ingresses.map(i => [i.metadata.name, i.spec.rules.map(r => r.host), i.spec.tls[0].hosts]), [
    ['podinfo', ['podinfo.lumpiasty.xyz', 'info.lumpiasty.xyz'], ['podinfo.lumpiasty.xyz', 'info.lumpiasty.xyz']],
  ]);
  assert.deepEqual(kustomizeBranch(repo, branch), { status: 0, stderr: '' });
});
