// Integration test against a started backend: BACKEND_URL, HOMEPORT_E2E_TOKEN and
// HOMEPORT_E2E_DATA come from e2e/run.sh.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const staticToken = process.env.HOMEPORT_E2E_TOKEN;

async function guestToken() {
  const res = await fetch(`${base}/api/auth/guest/refresh`);
  assert.equal(res.status, 200, 'guest sign-in answers');
  const body = await res.json();
  return body.backstageIdentity.token;
}

async function get(path, token) {
  const res = await fetch(`${base}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: res.status === 200 ? await res.json() : undefined };
}

// The backend is ready before the catalog has processed its locations: wait for the
// demo org's guest user, whom guest sign-in resolves against.
before(async () => {
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${base}/api/catalog/entities/by-name/user/default/guest`, {
      headers: { Authorization: `Bearer ${staticToken}` },
    });
    if (res.status === 200) return;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error('the catalog never listed user:default/guest');
});

test('the catalog answers 401 without credentials', async () => {
  const { status } = await get('/api/catalog/entities');
  assert.equal(status, 401);
});

test("the catalog lists the entities of the repository's own catalog-info.yaml", async () => {
  const token = await guestToken();
  const { status, body } = await get(
    '/api/catalog/entities?filter=metadata.annotations.backstage.io/managed-by-origin-location=file:' +
      encodeURIComponent(process.env.HOMEPORT_CATALOG_INFO),
    token,
  );
  assert.equal(status, 200);
  const refs = body
    .filter(e => e.kind !== 'Location')
    .map(e => `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`)
    .sort();
  assert.deepEqual(refs, [
    'Component:default/homeport-cli',
    'Component:default/homeport-portal',
    'System:default/homeport',
  ]);
  const portal = body.find(e => e.metadata.name === 'homeport-portal');
  assert.equal(portal.spec.owner, 'group:default/platform');
  assert.equal(portal.spec.system, 'homeport');
});

test('the guest signs in as the demo guest user, member of guests only', async () => {
  const { status, body } = await get('/api/auth/v1/userinfo', await guestToken());
  assert.equal(status, 200);
  assert.equal(body.claims.sub, 'user:default/guest');
  assert.deepEqual([...body.claims.ent].sort(), ['group:default/guests', 'user:default/guest']);
});

test('the scaffolder lists its actions, including the forges’ pull-request actions', async () => {
  const { status, body } = await get('/api/scaffolder/v2/actions', staticToken);
  assert.equal(status, 200);
  const ids = body.map(a => a.id);
  for (const id of ['fetch:template', 'publish:github:pull-request', 'publish:gitlab:merge-request', 'catalog:register']) {
    assert.ok(ids.includes(id), `action ${id} is registered`);
  }
});

test('the permission policy refuses privileged permissions to the guest', async () => {
  const token = await guestToken();
  const res = await fetch(`${base}/api/permission/authorize`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      items: [
        { id: 'a', permission: { type: 'basic', name: 'gitops.workload.privileged.create', attributes: { action: 'create' } } },
        { id: 'b', permission: { type: 'basic', name: 'kubernetes.proxy', attributes: {} } },
        { id: 'c', permission: { type: 'basic', name: 'catalog.entity.create', attributes: { action: 'create' } } },
      ],
    }),
  });
  assert.equal(res.status, 200);
  const { items } = await res.json();
  assert.deepEqual(
    items.map(i => [i.id, i.result]),
    [['a', 'DENY'], ['b', 'DENY'], ['c', 'ALLOW']],
  );
});

test('the demo GitOps repository was created as a bare git repository on first start', () => {
  const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
  assert.equal(execFileSync('git', ['rev-parse', '--is-bare-repository'], { cwd: repo }).toString().trim(), 'true');
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'main'], { cwd: repo }).toString().split('\n');
  assert.ok(files.includes('apps/kustomization.yaml'), 'apps/kustomization.yaml is committed');
  const subjects = execFileSync('git', ['log', '--format=%s', 'main'], { cwd: repo }).toString().trim();
  assert.equal(subjects, 'Initial GitOps repository from gitops-repo');
});
