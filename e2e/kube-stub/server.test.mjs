// The stub Kubernetes API server answers as kube-apiserver does for the requests of
// Backstage's Kubernetes backend: `node --test e2e/kube-stub/server.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStub, parseLabelSelector, mergePatch } from './server.mjs';

let stub;
const get = async (path, headers = { Authorization: 'Bearer t' }) => {
  const res = await fetch(`${stub.url}${path}`, { headers });
  return { status: res.status, body: await res.json() };
};

before(async () => {
  stub = await startStub({ port: 0, token: 't' });
});

after(() => new Promise(resolve => stub.server.close(resolve)));

test('refuses requests without the service account token', async () => {
  assert.equal((await get('/api/v1/pods', {})).status, 401);
});

test('serves discovery for the core API and the groups', async () => {
  assert.deepEqual((await get('/api')).body.versions, ['v1']);
  const groups = (await get('/apis')).body.groups;
  assert.deepEqual(
    groups
      .find(g => g.name === 'helm.toolkit.fluxcd.io')
      .versions.map(v => v.version),
    ['v2', 'v2beta2'],
  );
  const resources = (await get('/apis/postgresql.cnpg.io/v1')).body.resources;
  assert.deepEqual(
    resources.map(r => r.name),
    ['clusters'],
  );
});

test('lists by label selector, cluster-wide and per namespace, without apiVersion and kind on built-in items', async () => {
  const pods = await get(
    '/api/v1/pods?labelSelector=backstage.io%2Fkubernetes-id%3Dmealie',
  );
  assert.equal(pods.body.kind, 'PodList');
  assert.deepEqual(
    pods.body.items.map(p => p.metadata.name),
    ['mealie-4579c6967c-q9wzt', 'mealie-db-1'],
  );
  assert.equal(pods.body.items[0].kind, undefined);
  const inNamespace = await get(
    '/api/v1/namespaces/llama/pods?labelSelector=backstage.io/kubernetes-id=mealie',
  );
  assert.deepEqual(inNamespace.body.items, []);
  const everything = await get(
    '/apis/apps/v1/deployments?labelSelector=backstage.io/kubernetes-id',
  );
  assert.deepEqual(everything.body.items.map(d => d.metadata.name).sort(), [
    'llama-proxy',
    'llama-swap',
    'mealie',
    'podinfo',
  ]);
});

test('serves HelmReleases at v2 and v2beta2, as Flux CRDs with conversion None do', async () => {
  for (const version of ['v2', 'v2beta2']) {
    const { body } = await get(
      `/apis/helm.toolkit.fluxcd.io/${version}/namespaces/podinfo/helmreleases`,
    );
    assert.deepEqual(
      body.items.map(i => [i.metadata.name, i.apiVersion, i.kind]),
      [['podinfo', `helm.toolkit.fluxcd.io/${version}`, 'HelmRelease']],
    );
  }
  assert.equal(
    (await get('/apis/helm.toolkit.fluxcd.io/v2beta1/helmreleases')).status,
    404,
  );
});

test('applies merge patches, records them and acknowledges reconcile requests', async () => {
  const path =
    '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations/apps';
  const res = await fetch(`${stub.url}${path}`, {
    method: 'PATCH',
    headers: {
      Authorization: 'Bearer t',
      'Content-Type': 'application/merge-patch+json',
      'Backstage-Kubernetes-Cluster': 'kube-stub',
    },
    body: JSON.stringify({
      metadata: {
        annotations: {
          'reconcile.fluxcd.io/requestedAt': '2026-11-21T10:00:00Z',
        },
      },
    }),
  });
  assert.equal(res.status, 200);
  const patched = await res.json();
  assert.equal(patched.status.lastHandledReconcileAt, '2026-11-21T10:00:00Z');
  assert.equal(patched.metadata.generation, 1); // metadata only: no new generation
  const { body } = await get('/_stub/requests');
  assert.deepEqual(
    body.patches.map(p => [p.path, p.contentType, p.cluster]),
    [[path, 'application/merge-patch+json', 'kube-stub']],
  );
  const refused = await fetch(`${stub.url}${path}`, {
    method: 'PATCH',
    headers: { Authorization: 'Bearer t', 'Content-Type': 'application/yaml' },
    body: 'x',
  });
  assert.equal(refused.status, 415);
});

test('switches to a scenario and back', async () => {
  const ready = async () =>
    (
      await get(
        '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases/podinfo',
      )
    ).body.status.conditions[0].status;
  assert.equal(await ready(), 'True');
  assert.equal(
    (
      await fetch(`${stub.url}/_stub/scenario/podinfo-upgrade-failed`, {
        method: 'POST',
      })
    ).status,
    200,
  );
  assert.equal(await ready(), 'False');
  assert.equal(
    (await fetch(`${stub.url}/_stub/scenario/nope`, { method: 'POST' })).status,
    404,
  );
  await fetch(`${stub.url}/_stub/reset`, { method: 'POST' });
  assert.equal(await ready(), 'True');
});

test('parses label selectors and merge patches as Kubernetes does', () => {
  const m = parseLabelSelector('a=1,b!=2,c,!d,e in (x, y),f notin (z)');
  assert.equal(m({ a: '1', c: '', e: 'y' }), true);
  assert.equal(m({ a: '1', b: '2', c: '', e: 'y' }), false);
  assert.equal(m({ a: '1', c: '', d: '', e: 'y' }), false);
  assert.equal(m({ a: '1', c: '', e: 'y', f: 'z' }), false);
  assert.throws(() => parseLabelSelector('a in'), /unable to parse/);
  assert.deepEqual(
    mergePatch({ spec: { suspend: true, x: 1 } }, { spec: { suspend: null } }),
    { spec: { x: 1 } },
  );
});

test("serves the Secret Vault Secrets Operator syncs for mealie, with only the key written so far", async () => {
  const secret = await get('/api/v1/namespaces/mealie/secrets/mealie-authentik');
  assert.equal(secret.status, 200);
  assert.deepEqual(Object.keys(secret.body.data), ['client_id']);
  assert.equal((await get('/api/v1/namespaces/mealie/secrets/mealie-oidc')).status, 404);
});

test('answers DNS for the names of dns.json, NXDOMAIN for the others', async () => {
  const { Resolver } = await import('node:dns/promises');
  const { startDnsStub } = await import('./dns.mjs');
  const dns = await startDnsStub({ port: 0 });
  try {
    const resolver = new Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([dns.address]);
    assert.deepEqual(await resolver.resolve4('mealie.lumpiasty.xyz'), ['10.0.20.10']);
    await assert.rejects(resolver.resolve4('wiki.lumpiasty.xyz'), { code: 'ENOTFOUND' });
    await assert.rejects(resolver.resolve6('mealie.lumpiasty.xyz'), { code: 'ENODATA' });
  } finally {
    dns.socket.close();
  }
});
