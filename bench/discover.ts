/* Benchmark: discovery of a synthetic GitOps repository of 5,000 apps in the layout of
 * seed 000 (apps/<app>/{kustomization,namespace,release or deployment,pvc,...}.yaml,
 * registered in apps/kustomization.yaml), made from the demo repository's four apps.
 * Prints the full-read time, the floor (reading and YAML-parsing every file, same run),
 * their ratio, the peak heap, and the time of a refresh after one app changed.
 * Run: yarn bench:discover (BENCH_APPS=<n> for another size). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import {
  FileTree,
  lintRepository,
  ReadCache,
  readRepository,
} from '@homeport/plugin-gitops-common';
import { readFileTree, runGit } from '@homeport/plugin-gitops-node';
import {
  GitopsEntityProvider,
  readCommitTree,
  servicesToEntities,
} from '@homeport/plugin-catalog-backend-module-gitops';
import { ConfigReader } from '@backstage/config';

const APPS = Number(process.env.BENCH_APPS ?? 5000);
const PROFILE = 'flux-lvm-openbao';
const DEMO = path.resolve(__dirname, '../examples/gitops-repo');
const TEMPLATES = ['podinfo', 'mealie', 'teamspeak', 'llama'];

/** Replaces the template app's name in every string of a parsed YAML value. */
function rename(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map(v => rename(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        rename(k, from, to),
        rename(v, from, to),
      ]),
    );
  }
  return value;
}

/** The files of one app made from a template app of the demo: YAML re-serialized from objects. */
function appFiles(
  demo: FileTree,
  template: string,
  name: string,
  tag = '6.9.1',
): [string, string][] {
  const prefix = `apps/${template}/`;
  return demo
    .paths()
    .filter(p => p.startsWith(prefix))
    .map(p => {
      const target = `apps/${name}/${p.slice(prefix.length)}`;
      const text = demo.read(p)!;
      if (!/\.ya?ml$/.test(p)) return [target, text.split(template).join(name)];
      const docs = parseAllDocuments(text).map(d =>
        rename(d.toJS(), template, name),
      );
      const bumped =
        tag === '6.9.1'
          ? docs
          : docs.map(d =>
              JSON.parse(JSON.stringify(d).split('6.9.1').join(tag)),
            );
      return [target, bumped.map(d => stringify(d)).join('---\n')];
    });
}

function appName(i: number) {
  return `app-${String(i).padStart(5, '0')}`;
}

async function writeTree(dir: string, files: Iterable<[string, string]>) {
  for (const [file, text] of files) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
}

async function generate(dir: string) {
  const demo = await readFileTree(DEMO);
  const names = Array.from({ length: APPS }, (_, i) => appName(i));
  const outside = demo.paths().filter(p => !p.startsWith('apps/'));
  await writeTree(
    dir,
    outside.map(p => [p, demo.read(p)!] as [string, string]),
  );
  await writeTree(dir, [
    [
      'apps/kustomization.yaml',
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: names,
      }),
    ],
  ]);
  for (let i = 0; i < APPS; i++)
    await writeTree(
      dir,
      appFiles(demo, TEMPLATES[i % TEMPLATES.length], names[i]),
    );
  await runGit(['init', '--quiet', '--initial-branch', 'main'], { cwd: dir });
  await runGit(['add', '--all'], { cwd: dir });
  await runGit(['commit', '--quiet', '-m', `${APPS} apps`], { cwd: dir });
}

/** Changes one app (a chart version bump in its release.yaml) and commits it, as a merged pull request would. */
async function changeOneApp(dir: string, tag: string): Promise<string> {
  const demo = await readFileTree(DEMO);
  const changedApp = appName(
    TEMPLATES.indexOf('podinfo') + 4 * Math.floor(APPS / 8),
  );
  const changes = appFiles(demo, 'podinfo', changedApp, tag).filter(([p]) =>
    p.endsWith('release.yaml'),
  );
  await writeTree(dir, changes);
  await runGit(['commit', '--quiet', '--all', '-m', `Bump ${changedApp}`], {
    cwd: dir,
  });
  return changedApp;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const phase = (name: string) => process.stdout.write(`@@phase ${name}\n`);

/** Runs in a child process with --trace-gc: the GC lines between the phase markers give the peak heap. */
async function measure(dir: string) {
  const results: Record<string, number> = {};
  const gc = () => (global as { gc?: () => void }).gc?.();

  // Files are read as the provider reads them: the commit's blobs from git.
  phase('floor');
  let start = process.hrtime.bigint();
  const floorTree = await readCommitTree(dir, 'main');
  let docs = 0;
  let bytes = 0;
  for (const p of floorTree.paths()) {
    if (!/\.ya?ml$/.test(p)) continue;
    const text = floorTree.read(p)!;
    bytes += text.length;
    for (const d of parseAllDocuments(text)) if (d.toJS() !== undefined) docs++;
  }
  results.floor = ms(start);
  results.files = floorTree.paths().length;
  results.docs = docs;
  results.bytes = bytes;
  gc();

  phase('full-read');
  start = process.hrtime.bigint();
  const tree = await readCommitTree(dir, 'main');
  const model = readRepository(tree, { profile: PROFILE });
  results.fullRead = ms(start);
  results.services = model.services.length;
  results.heapAfterRead = process.memoryUsage().heapUsed;

  phase('lint-map');
  start = process.hrtime.bigint();
  const findings = lintRepository(tree, { profile: PROFILE });
  results.lint = ms(start);
  start = process.hrtime.bigint();
  const entities = servicesToEntities({
    services: model.services,
    tree,
    repository: {
      id: 'bench',
      url: dir,
      branch: 'main',
      profile: PROFILE,
      defaultOwner: 'group:default/platform',
    },
    localRoot: dir,
    commit: '0'.repeat(40),
    findings,
  });
  results.map = ms(start);
  results.entities = entities.length;
  results.findings = findings.length;
  gc();

  phase('refresh');
  const cache = new ReadCache();
  readRepository(tree, { profile: PROFILE, cache });
  const changedApp = await changeOneApp(dir, '6.9.2');
  start = process.hrtime.bigint();
  const changedTree = await readCommitTree(dir, 'main');
  results.refreshFiles = ms(start);
  start = process.hrtime.bigint();
  const refreshed = readRepository(changedTree, { profile: PROFILE, cache });
  results.refreshRead = ms(start);
  start = process.hrtime.bigint();
  readRepository(changedTree, { profile: PROFILE });
  results.refreshUncached = ms(start);
  const changed = refreshed.services.find(s => s.id === changedApp);
  if (changed?.workloads[0].chart?.version !== '6.9.2')
    throw new Error(`the refresh did not see ${changedApp} change`);
  gc();

  // The entity provider end to end: first read (fetch, checkout, read, lint, map, apply),
  // a read of a branch that did not move, and the refresh after one app changed.
  phase('provider');
  const silent = {
    debug() {},
    info() {},
    warn() {},
    error() {},
    child: () => silent,
  } as any;
  const scheduler = { scheduleTask: async () => {} } as any;
  const config = new ConfigReader({
    homeport: {
      cacheDir: path.join(dir, '.homeport-cache'),
      repositories: [
        { id: 'bench', url: dir, branch: 'main', profile: PROFILE },
      ],
    },
  });
  const [provider] = GitopsEntityProvider.fromConfig(config, {
    logger: silent,
    scheduler,
  });
  let applied = 0;
  await provider.connect({
    applyMutation: async m =>
      void (applied = m.type === 'full' ? m.entities.length : 0),
    refresh: async () => {},
  });
  start = process.hrtime.bigint();
  await provider.read();
  results.providerFirst = ms(start);
  start = process.hrtime.bigint();
  const unchanged = await provider.read();
  results.providerUnchanged = ms(start);
  if (unchanged.status !== 'unchanged')
    throw new Error('the provider re-read an unchanged branch');
  await changeOneApp(dir, '6.9.3');
  start = process.hrtime.bigint();
  const after = await provider.read();
  results.providerRefresh = ms(start);
  if (after.status !== 'applied' || applied !== entities.length)
    throw new Error(`the provider applied ${applied} entities`);
  process.stdout.write(`@@result ${JSON.stringify(results)}\n`);
}

/** Peak heap used per phase: the largest "used before GC" of the trace-gc lines in the phase. */
function peaks(output: string): Record<string, number> {
  const result: Record<string, number> = {};
  let current = 'start';
  for (const line of output.split('\n')) {
    const marker = /^@@phase (\S+)/.exec(line);
    if (marker) current = marker[1];
    const gcLine =
      /: [A-Za-z -]+?\s([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/.exec(
        line,
      );
    if (gcLine)
      result[current] = Math.max(
        result[current] ?? 0,
        Number(gcLine[1]) * 2 ** 20,
      );
  }
  return result;
}

async function main() {
  if (process.env.BENCH_DISCOVER_DIR) {
    await measure(process.env.BENCH_DISCOVER_DIR);
    return;
  }
  const dir = await fs.mkdtemp(
    path.join(os.tmpdir(), 'homeport-bench-discover-'),
  );
  try {
    let start = process.hrtime.bigint();
    await generate(dir);
    console.log(
      `discover: synthetic repository of ${APPS} apps (seed 000 layout) generated in ${(
        ms(start) / 1000
      ).toFixed(1)} s`,
    );
    start = process.hrtime.bigint();
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--trace-gc',
        '--max-old-space-size=8192',
        '-r',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        __filename,
      ],
      {
        env: { ...process.env, BENCH_DISCOVER_DIR: dir },
        encoding: 'utf8',
        maxBuffer: 512 * 2 ** 20,
      },
    );
    const result = /^@@result (.*)$/m.exec(child.stdout ?? '');
    if (child.status !== 0 || !result)
      throw new Error(`the measuring process failed:\n${child.stderr}`);
    const r = JSON.parse(result[1]);
    const peak = peaks(child.stdout);
    const f = (n: number) => `${n.toFixed(0)} ms`;
    console.log(
      `  repository: ${r.files} files, ${r.docs} YAML documents, ${(
        r.bytes /
        2 ** 20
      ).toFixed(1)} MB of YAML; ${r.services} services`,
    );
    console.log(
      `  full read (read the commit's files + readRepository): ${f(
        r.fullRead,
      )}`,
    );
    console.log(
      `  floor (read the commit's files + YAML-parse each):    ${f(r.floor)}`,
    );
    console.log(
      `  ratio full read / floor:                              ${(
        r.fullRead / r.floor
      ).toFixed(2)}`,
    );
    console.log(
      `  peak heap: full read ${mib(
        peak['full-read'] ?? r.heapAfterRead,
      )}, floor ${mib(peak.floor ?? 0)}, lint + mapping ${mib(
        peak['lint-map'] ?? 0,
      )}, provider ${mib(peak.provider ?? 0)}; heap after the read ${mib(
        r.heapAfterRead,
      )}`,
    );
    console.log(
      `  on top of the read: lint ${f(r.lint)} (${
        r.findings
      } findings), entity mapping ${f(r.map)} (${r.entities} entities)`,
    );
    console.log(
      `  refresh after one app changed: readRepository with ReadCache ${f(
        r.refreshRead,
      )} (without ${f(r.refreshUncached)}), plus reading the commit's files ${f(
        r.refreshFiles,
      )}`,
    );
    console.log(
      `  entity provider: first read ${f(
        r.providerFirst,
      )} (fetch, checkout, read, lint, map), branch unchanged ${f(
        r.providerUnchanged,
      )}, refresh after one app changed ${f(r.providerRefresh)}`,
    );
    console.log(`  measured in ${(ms(start) / 1000).toFixed(1)} s`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
