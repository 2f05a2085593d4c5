// The catalog of the running portal lists every app of the demo GitOps repository, with
// its owner and dependencies, and an app merged into the repository appears after the
// next refresh of the entity provider (e2e/app-config.e2e.yaml reads every 5 s).
// BACKEND_URL, HOMEPORT_E2E_TOKEN and HOMEPORT_E2E_DATA come from e2e/run.sh.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const token = process.env.HOMEPORT_E2E_TOKEN;
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
const REPOSITORY = 'homeport.dev/repository';

async function get(urlPath) {
  const res = await fetch(`${base}${urlPath}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    status: res.status,
    body: res.status === 200 ? await res.json() : undefined,
  };
}

async function entity(kind, name) {
  return (await get(`/api/catalog/entities/by-name/${kind}/default/${name}`))
    .body;
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

const targets = (e, type) =>
  e.relations
    .filter(r => r.type === type)
    .map(r => r.targetRef)
    .sort();

// The provider's entities are stitched (relations included) a little after its read.
before(async () => {
  await until(
    'the catalog lists the demo apps with their relations',
    120,
    async () => {
      const mealie = await entity('component', 'mealie');
      return targets(mealie ?? { relations: [] }, 'dependsOn').length === 2
        ? mealie
        : undefined;
    },
  );
});

test('every app of the demo repository is a Component with its owner, type and dependencies', async () => {
  const { status, body } = await get(
    `/api/catalog/entities?filter=kind=component,metadata.annotations.${REPOSITORY}=demo`,
  );
  assert.equal(status, 200);
  const apps = body
    .map(e => ({
      name: e.metadata.name,
      type: e.spec.type,
      owner: e.spec.owner,
      system: e.spec.system,
      ownedBy: targets(e, 'ownedBy'),
      dependsOn: targets(e, 'dependsOn'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  assert.deepEqual(apps, [
    {
      name: 'llama',
      type: 'gpu-workload',
      owner: 'group:default/ai',
      system: 'demo',
      ownedBy: ['group:default/ai'],
      dependsOn: ['resource:default/llama-api-key'],
    },
    {
      name: 'mealie',
      type: 'service',
      owner: 'group:default/home',
      system: 'demo',
      ownedBy: ['group:default/home'],
      dependsOn: [
        'resource:default/mealie-authentik',
        'resource:default/mealie-db',
      ],
    },
    {
      name: 'podinfo',
      type: 'website',
      owner: 'group:default/platform',
      system: 'demo',
      ownedBy: ['group:default/platform'],
      dependsOn: [],
    },
    {
      name: 'teamspeak',
      type: 'service',
      owner: 'group:default/media',
      system: 'demo',
      ownedBy: ['group:default/media'],
      dependsOn: [],
    },
  ]);

  const mealie = body.find(e => e.metadata.name === 'mealie');
  // Its own catalog-info.yaml is merged, not listed twice.
  assert.equal(
    mealie.metadata.description,
    'Self-hosted recipe manager and meal planner for the household.',
  );
  assert.equal(
    mealie.metadata.annotations['backstage.io/kubernetes-id'],
    'mealie',
  );
  assert.equal(
    mealie.metadata.annotations['homeport.dev/folder'],
    'apps/mealie',
  );
  const head = execFileSync('git', ['rev-parse', 'main'], { cwd: repo })
    .toString()
    .trim();
  assert.equal(mealie.metadata.annotations['homeport.dev/commit'], head);
  const podinfo = body.find(e => e.metadata.name === 'podinfo');
  assert.match(
    podinfo.metadata.annotations['backstage.io/techdocs-ref'],
    /^dir:\/.+\/apps\/podinfo$/,
  );
  assert.deepEqual(
    podinfo.metadata.links.map(l => l.url),
    ['https://podinfo.lumpiasty.xyz'],
  );

  const db = await entity('resource', 'mealie-db');
  assert.equal(db.spec.type, 'database');
  assert.deepEqual(targets(db, 'dependencyOf'), ['component:default/mealie']);
  const system = await entity('system', 'demo');
  assert.equal(system.spec.owner, 'group:default/platform');
  assert.deepEqual(
    targets(system, 'hasPart').filter(r => r.startsWith('component:')),
    [
      'component:default/llama',
      'component:default/mealie',
      'component:default/podinfo',
      'component:default/teamspeak',
    ],
  );
});

test('an app merged into the demo repository appears after the next refresh', async () => {
  assert.equal(
    (await get('/api/catalog/entities/by-name/component/default/hello')).status,
    404,
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-e2e-merge-'));
  try {
    const clone = path.join(work, 'clone');
    execFileSync('git', ['clone', '--quiet', '--branch', 'main', repo, clone]);
    const before = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: clone })
      .toString()
      .trim();
    // The app as the Create wizard writes it, merged straight into main.
    const spec = path.join(work, 'spec.yaml');
    fs.writeFileSync(
      spec,
      `specs:
  - { kind: app, name: hello, owner: group:default/home, source: { type: image, repository: traefik/whoami, tag: v1.10.3, ports: [{ name: http, port: 80 }] } }
  - { kind: http, app: hello }
  - { kind: postgres, app: hello }
`,
    );
    execFileSync(
      process.execPath,
      [
        'packages/cli/bin/homeport',
        'render',
        '--repo',
        clone,
        '--spec',
        spec,
        '--write',
      ],
      { stdio: 'pipe' },
    );
    const git = args =>
      execFileSync(
        'git',
        ['-c', 'user.name=E2E', '-c', 'user.email=e2e@localhost', ...args],
        { cwd: clone },
      );
    git(['add', '--all']);
    git(['commit', '--quiet', '-m', 'Add hello']);
    git(['push', '--quiet', 'origin', 'main']);
    const head = git(['rev-parse', 'HEAD']).toString().trim();

    const hello = await until(
      'the merged app is in the catalog',
      90,
      async () => {
        const e = await entity('component', 'hello');
        return e && targets(e, 'dependsOn').length ? e : undefined;
      },
    );
    assert.equal(hello.spec.owner, 'group:default/home'); // from the catalog-info.yaml the wizard writes
    assert.equal(hello.spec.system, 'demo');
    assert.equal(hello.metadata.annotations['homeport.dev/commit'], head);
    assert.deepEqual(
      targets(hello, 'dependsOn').filter(r => r.includes('hello-db')),
      ['resource:default/hello-db'],
    );
    // The other apps stay; the refresh changed only the new app's entities (a delta
    // mutation), so mealie keeps the commit it was last changed at.
    const mealie = await entity('component', 'mealie');
    assert.equal(mealie.metadata.annotations['homeport.dev/commit'], before);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
