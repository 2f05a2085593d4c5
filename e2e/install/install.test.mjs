// The stock app made by e2e/install/run.sh, with Homeport's packed plugins installed as
// README.md "Add Homeport to your Backstage" says: its backend has Homeport's scaffolder
// actions, its templates and the entities of the demo GitOps repository.
// BACKEND_URL, HOMEPORT_INSTALL_TOKEN and HOMEPORT_INSTALL_APP come from run.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const base = process.env.BACKEND_URL;
const token = process.env.HOMEPORT_INSTALL_TOKEN;
const app = process.env.HOMEPORT_INSTALL_APP;

async function get(urlPath) {
  const res = await fetch(`${base}${urlPath}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(res.status, 200, `GET ${urlPath}: ${res.status}`);
  return res.json();
}

/** Polls until `check` returns a value (not undefined), for at most `seconds`. */
async function until(what, seconds, check) {
  const deadline = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last !== undefined) return last;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

const names = entities => entities.map(e => e.metadata.name).sort();

test('the app runs the packed packages, built, not their sources', () => {
  const node = 'dist/index.cjs.js';
  for (const [workspace, name, main] of [
    ['backend', '@homeport/plugin-catalog-backend-module-gitops', node],
    ['backend', '@homeport/plugin-scaffolder-backend-module-gitops', node],
    ['backend', '@homeport/plugin-permission-backend-module-homeport', node],
    ['backend', '@homeport/plugin-gitops-backend', node],
    ['backend', '@homeport/plugin-gitops-node', node],
    ['backend', '@homeport/plugin-gitops-common', node],
    ['app', '@homeport/plugin-gitops', 'dist/index.esm.js'],
  ]) {
    const dir = path.dirname(
      createRequire(
        path.join(app, 'packages', workspace, 'package.json'),
      ).resolve(`${name}/package.json`),
    );
    const pkg = JSON.parse(
      fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
    );
    assert.equal(pkg.main, main, name);
    assert.equal(pkg.types, 'dist/index.d.ts', name);
    assert.equal(pkg.private, undefined, name);
    assert.equal(fs.existsSync(path.join(dir, 'src')), false, name);
    assert.equal(fs.existsSync(path.join(dir, pkg.main)), true, name);
  }
});

test("Homeport's scaffolder actions are registered", async () => {
  const actions = (await get('/api/scaffolder/v2/actions')).map(a => a.id);
  assert.deepEqual(
    actions
      .filter(id => id.startsWith('gitops:') || id.includes(':gitea:'))
      .sort(),
    [
      'gitops:checkout',
      'gitops:decommission',
      'gitops:lint',
      'gitops:publish:branch',
      'gitops:render',
      'gitops:steps:done',
      'gitops:upgrade',
      'publish:gitea:pull-request',
    ],
  );
});

test("Homeport's templates are in the catalog", async () => {
  const templates = await until('the templates', 120, async () => {
    const found = await get('/api/catalog/entities?filter=kind=template');
    return found.length >= 10 ? found : undefined;
  });
  assert.deepEqual(names(templates), [
    'gitops-decommission',
    'gitops-expose',
    'gitops-gpu-workload',
    'gitops-postgres',
    'gitops-redis',
    'gitops-secret',
    'gitops-steps-done',
    'gitops-upgrade',
    'gitops-web-app-helm',
    'gitops-web-app-image',
  ]);
});

test('the catalog lists the services of the demo GitOps repository', async () => {
  const filter = 'metadata.annotations.homeport.dev/repository=demo';
  const components = await until('the demo apps', 120, async () => {
    const found = await get(
      `/api/catalog/entities?filter=kind=component,${filter}`,
    );
    return found.length >= 4 ? found : undefined;
  });
  assert.deepEqual(
    components.map(e => [e.metadata.name, e.spec.type, e.spec.owner]).sort(),
    [
      ['llama', 'gpu-workload', 'group:default/ai'],
      ['mealie', 'service', 'group:default/home'],
      ['podinfo', 'website', 'group:default/platform'],
      ['teamspeak', 'service', 'group:default/media'],
    ],
  );
  const resources = await get(
    `/api/catalog/entities?filter=kind=resource,${filter}`,
  );
  assert.deepEqual(names(resources), [
    'llama-api-key',
    'mealie-authentik',
    'mealie-db',
  ]);
  const systems = await get(
    `/api/catalog/entities?filter=kind=system,${filter}`,
  );
  assert.deepEqual(names(systems), ['demo']);
});

test("Homeport's backend plugin answers: the repositories, and no pending change yet", async () => {
  assert.deepEqual(await get('/api/gitops/repositories'), { items: [{ id: 'demo', publishType: 'branch' }] });
  assert.deepEqual(await get('/api/gitops/pending'), { items: [], errors: [] });
});
