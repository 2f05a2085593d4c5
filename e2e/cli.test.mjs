// The standalone command line, as a GitOps repository's CI gets it: the @homeport/cli
// package is bundled and packed, installed with npm into an empty folder, and run with the
// machine's own Node (20 here, not the project's Node 22) through npx. Its lint, discover
// and render give exactly what the command line inside this repository gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.HOMEPORT_SHARED_DIR ?? path.resolve(root, '../shared');
const corpus = path.join(shared, 'corpus/onedr0p__home-ops');
const demo = path.join(root, 'examples/gitops-repo');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-cli-'));
const project = path.join(scratch, 'ci');
// Only the system's binaries: its Node and npm, none of the project's toolchain.
const systemEnv = { ...process.env, PATH: '/usr/bin:/bin' };

/** The packed CLI through npx, from the empty folder it was installed into. */
const packed = (...args) => spawnSync('npx', ['--no-install', 'homeport', ...args], { cwd: project, env: systemEnv, encoding: 'utf8' });
/** The CLI of this repository, from its TypeScript sources. */
const inRepo = (...args) => spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/homeport'), ...args], { cwd: root, encoding: 'utf8' });

before(() => {
  execFileSync('yarn', ['workspace', '@homeport/cli', 'build'], { cwd: root, stdio: 'inherit' });
  const tarball = path.join(scratch, 'homeport-cli.tgz');
  execFileSync('yarn', ['workspace', '@homeport/cli', 'pack', '--out', tarball], { cwd: root, stdio: 'ignore' });
  fs.mkdirSync(project);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', tarball], { cwd: project, env: systemEnv, stdio: 'ignore' });
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test('the packed package holds only the launcher, the bundle and the HCL parser\'s WebAssembly, and depends on nothing', () => {
  const installed = path.join(project, 'node_modules/@homeport/cli');
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.dependencies, undefined);
  assert.deepEqual(fs.readdirSync(installed).sort(), ['README.md', 'bin', 'dist', 'main.wasm.gz', 'package.json']);
  assert.deepEqual(fs.readdirSync(path.join(installed, 'dist')), ['homeport.cjs']);
  assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules')).sort(), ['.bin', '.package-lock.json', '@homeport'].sort());
});

test('it runs with the system Node (20 or newer) and prints its version', () => {
  const node = execFileSync('node', ['--version'], { env: systemEnv, encoding: 'utf8' }).trim();
  assert.ok(Number(node.slice(1).split('.')[0]) >= 20, node);
  const version = packed('--version');
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version);
});

for (const format of ['json', 'sarif', 'text']) {
  test(`lint of a corpus repository (${format}) gives the in-repository command's findings and exit code`, () => {
    const a = packed('lint', corpus, '--format', format);
    const b = inRepo('lint', corpus, '--format', format);
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.status, b.status);
    assert.equal(a.status, 1); // the corpus repository has errors
    if (format === 'sarif') assert.equal(JSON.parse(a.stdout).version, '2.1.0');
  });
}

const terraform = path.join(root, 'plugins/gitops-common/src/read/__fixtures__/corpus/ChristianBingman__kubernetes-terraform');

for (const [what, dir] of [['a Flux repository', corpus], ['a Terraform repository (the bundled HCL parser)', terraform]]) {
  test(`discover of ${what} gives the in-repository command's services`, () => {
    const a = packed('discover', dir, '--format', 'json');
    const b = inRepo('discover', dir, '--format', 'json');
    assert.equal(a.status, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.ok(JSON.parse(a.stdout).services.length >= 9);
  });
}

test('render of a spec gives the in-repository command\'s diff', () => {
  const spec = path.join(scratch, 'spec.yaml');
  fs.writeFileSync(spec, '- { kind: tcp, app: teamspeak, ports: [{ name: query, port: 10011 }] }\n');
  const a = packed('render', '--repo', demo, '--spec', spec);
  const b = inRepo('render', '--repo', demo, '--spec', spec);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.match(a.stdout, /^\+\s+- name: query$/m);
});
