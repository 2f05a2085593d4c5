/* Benchmark: discovery of synthetic GitOps repositories of 500 and 5,000 apps in the
 * layout of seed 000 (see demoRepo.ts). For each size it prints the floor (reading the
 * commit's files plus the FASTEST of the YAML parsers, same run), the full read and its
 * ratio to the floor, lint (on its own parse, and on the read's through a shared ReadCache)
 * and entity mapping, a refresh after one app changed, and the entity provider end to end
 * (first read, then refreshes after one app changed: the first, and the median of three
 * more, when the first read's garbage is collected); each group runs in a fresh process whose peak RSS (as the
 * OS counts it) is printed. The provider's process runs the packages' production build, as
 * a deployed backend does (see production.ts); the others run the sources. BENCH_RUNS=3 runs each phase three times (fresh processes,
 * the provider with a fresh cache) and prints the best figure with the range of the runs:
 * on a shared machine one run is noise. Run: yarn bench:discover (BENCH_APPS=500,5000 and
 * BENCH_RUNS=1 by default). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  lintRepository,
  ReadCache,
  readRepository,
} from '@homeport/plugin-gitops-common';
import {
  GitopsEntityProvider,
  readCommitTree,
  servicesToEntities,
} from '@homeport/plugin-catalog-backend-module-gitops';
import { ConfigReader } from '@backstage/config';
import { changeOneApp, generate } from './demoRepo';
import { parseFloor } from './floor';
import { mib, peakRss } from './peakRss';
import { buildForProduction, ProductionRun } from './production';

const PROFILE = 'flux-lvm-openbao';
/** Refreshes measured after the first one (their median is printed). */
const REFRESHES = 3;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
type Results = Record<string, number | string>;

/** Reading the commit's files, and parsing each with each parser. */
async function floorPhase(dir: string): Promise<Results> {
  let start = process.hrtime.bigint();
  const tree = await readCommitTree(dir, 'main');
  const files = ms(start);
  start = process.hrtime.bigint();
  const floor = parseFloor(tree);
  return { files, jsYaml: floor.jsYaml, yaml: floor.yaml, docs: floor.docs, bytes: floor.bytes, paths: tree.paths().length };
}

/** The full read, lint, mapping, and a cached re-read after one app changed. */
async function readPhase(dir: string, apps: number, run: number): Promise<Results> {
  let start = process.hrtime.bigint();
  const tree = await readCommitTree(dir, 'main');
  const model = readRepository(tree, { profile: PROFILE });
  const fullRead = ms(start);
  start = process.hrtime.bigint();
  const findings = lintRepository(tree, { profile: PROFILE });
  const lint = ms(start);
  // Lint on the read's parse, as the provider lints: one parse for both.
  const shared = new ReadCache();
  readRepository(tree, { profile: PROFILE, cache: shared });
  start = process.hrtime.bigint();
  lintRepository(tree, { profile: PROFILE, cache: shared });
  const lintShared = ms(start);
  start = process.hrtime.bigint();
  const entities = servicesToEntities({
    services: model.services,
    tree,
    repository: { id: 'bench', url: dir, branch: 'main', profile: PROFILE, defaultOwner: 'group:default/platform' },
    localRoot: dir,
    commit: '0'.repeat(40),
    findings,
  });
  const map = ms(start);
  const cache = new ReadCache();
  readRepository(tree, { profile: PROFILE, cache });
  const version = `6.9.${2 + 2 * run}`;
  const changedApp = await changeOneApp(dir, apps, version);
  start = process.hrtime.bigint();
  const changedTree = await readCommitTree(dir, 'main');
  const refreshFiles = ms(start);
  start = process.hrtime.bigint();
  const refreshed = readRepository(changedTree, { profile: PROFILE, cache });
  const refreshRead = ms(start);
  if (refreshed.services.find(s => s.id === changedApp)?.workloads[0].chart?.version !== version)
    throw new Error(`the refresh did not see ${changedApp} change`);
  return { fullRead, lint, lintShared, map, refreshFiles, refreshRead, services: model.services.length, entities: entities.length, findings: findings.length };
}

/** The entity provider end to end: first read, unchanged branch, refresh after one app changed. */
async function providerPhase(dir: string, apps: number, run: number): Promise<Results> {
  // The process before the first read (Node and the modules loaded).
  const startRss = peakRss();
  const silent = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent } as any;
  const config = new ConfigReader({
    homeport: {
      cacheDir: path.join(dir, `.homeport-cache-${run}`),
      repositories: [{ id: 'bench', url: dir, branch: 'main', profile: PROFILE }],
    },
  });
  const [provider] = GitopsEntityProvider.fromConfig(config, { logger: silent, scheduler: { scheduleTask: async () => {} } as any });
  const mutations: string[] = [];
  await provider.connect({
    applyMutation: async m => {
      mutations.push(m.type === 'full' ? `full ${m.entities.length}` : `delta +${m.added.length} -${m.removed.length}`);
    },
    refresh: async () => {},
  });
  let start = process.hrtime.bigint();
  await provider.read();
  const providerFirst = ms(start);
  const firstRss = peakRss();
  start = process.hrtime.bigint();
  if ((await provider.read()).status !== 'unchanged') throw new Error('the provider re-read an unchanged branch');
  const providerUnchanged = ms(start);
  // Refreshes after one app changed: the first after the first read, then REFRESHES more.
  const refreshes: number[] = [];
  for (let i = 0; i <= REFRESHES; i++) {
    const changed = await changeOneApp(dir, apps, `6.9.${3 + 2 * run}${i}`);
    start = process.hrtime.bigint();
    const after = await provider.read();
    refreshes.push(ms(start));
    if (after.status !== 'applied') throw new Error(`the provider did not apply ${changed}`);
  }
  const later = refreshes.slice(1).sort((a, b) => a - b);
  return {
    providerFirst,
    providerUnchanged,
    providerRefresh: refreshes[0],
    providerRefreshLater: later[Math.floor(later.length / 2)],
    startRss,
    firstRss,
    mutations: mutations.slice(0, 2).join(', '),
  };
}

/** How a phase process runs: from the sources, or in production form (see production.ts). */
let production: ProductionRun | undefined;

/**
 * Runs one phase in a fresh process and returns its results with its peak RSS. The
 * provider runs in production form, as a deployed backend runs it; the other phases
 * from the sources, through the TypeScript transform.
 */
function inChild(phase: string, dir: string, apps: number, run: number): Results {
  if (phase === 'provider') production ??= buildForProduction();
  const command =
    phase === 'provider'
      ? [...production!.args, production!.script]
      : ['--max-old-space-size=8192', '-r', require.resolve('@backstage/cli/config/nodeTransform.cjs'), __filename];
  const child = spawnSync(
    process.execPath,
    command,
    { env: { ...process.env, BENCH_PHASE: phase, BENCH_DIR: dir, BENCH_APPS: String(apps), BENCH_RUN: String(run) }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  const result = /^@@result (.*)$/m.exec(child.stdout ?? '');
  if (child.status !== 0 || !result) throw new Error(`the ${phase} process failed:\n${child.stderr}`);
  return JSON.parse(result[1]);
}

async function child() {
  const dir = process.env.BENCH_DIR!;
  const apps = Number(process.env.BENCH_APPS);
  const phase = process.env.BENCH_PHASE;
  const run = Number(process.env.BENCH_RUN ?? 0);
  let results: Results;
  if (phase === 'floor') results = await floorPhase(dir);
  else if (phase === 'read') results = await readPhase(dir, apps, run);
  else results = await providerPhase(dir, apps, run);
  process.stdout.write(`@@result ${JSON.stringify({ ...results, rss: peakRss() })}\n`);
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

/** The best (lowest) of each numeric figure of several runs; other values from the first. */
function best(runs: Results[]): Results {
  const out: Results = { ...runs[0] };
  for (const key of Object.keys(out))
    if (typeof out[key] === 'number') out[key] = Math.min(...runs.map(r => Number(r[key])));
  return out;
}

/** `best–worst` of each numeric figure of several runs. */
function rangeOf(runs: Results[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(runs[0])) {
    if (typeof runs[0][key] !== 'number') continue;
    const values = runs.map(r => Number(r[key]));
    out[key] = `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  }
  return out;
}

/** A peak RSS figure: the best run, and with several runs the range in MiB. */
function mibRange(bestRun: Results, runs: Results[], key: string): string {
  if (runs.length < 2) return mib(Number(bestRun[key]));
  const values = runs.map(r => Number(r[key]) / 2 ** 20);
  return `${mib(Number(bestRun[key]))} [${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}]`;
}

async function benchSize(apps: number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-bench-discover-'));
  try {
    let start = process.hrtime.bigint();
    await generate(dir, apps);
    console.log(`discover: ${apps} apps (seed 000 layout), generated in ${(ms(start) / 1000).toFixed(1)} s`);
    start = process.hrtime.bigint();
    const runs: Results[][] = [[], [], []];
    for (let run = 0; run < RUNS; run++)
      ['floor', 'read', 'provider'].forEach((phase, i) => runs[i].push(inChild(phase, dir, apps, run)));
    const [fl, rd, pr] = runs.map(best);
    const ranges = runs.map(rangeOf);
    // A figure in ms: the best run, and with several runs the range `[best–worst]`.
    const f = (n: number | string, key?: string, of?: number) =>
      `${Number(n).toFixed(0)} ms${key && of !== undefined && RUNS > 1 && ranges[of][key] ? ` [${ranges[of][key]}]` : ''}`;
    const fastest = Math.min(Number(fl.jsYaml), Number(fl.yaml));
    const floor = Number(fl.files) + fastest;
    console.log(`  repository: ${fl.paths} files, ${fl.docs} YAML documents, ${(Number(fl.bytes) / 2 ** 20).toFixed(1)} MiB of YAML; ${rd.services} services`);
    console.log(`  floor: read the commit's files ${f(fl.files, 'files', 0)} + fastest parse ${f(fastest)} = ${f(floor)} (js-yaml loadAll ${f(fl.jsYaml, 'jsYaml', 0)}, yaml parseAllDocuments ${f(fl.yaml, 'yaml', 0)}); peak RSS ${mib(Number(fl.rss))}`);
    console.log(`  full read (read the commit's files + readRepository): ${f(rd.fullRead, 'fullRead', 1)}, ${(Number(rd.fullRead) / floor).toFixed(2)}x the floor`);
    console.log(`  lint: on its own parse ${f(rd.lint, 'lint', 1)} (${rd.findings} findings), ${(Number(rd.lint) / floor).toFixed(2)}x the floor; on the read's parse (a shared ReadCache, as the provider lints) ${f(rd.lintShared, 'lintShared', 1)}; entity mapping ${f(rd.map)} (${rd.entities} entities)`);
    console.log(`  refresh after one app changed: readRepository with ReadCache ${f(rd.refreshRead, 'refreshRead', 1)}, plus reading the commit's files ${f(rd.refreshFiles, 'refreshFiles', 1)}`);
    console.log(`  read + lint + mapping process: peak RSS ${mib(Number(rd.rss))}`);
    console.log(`  entity provider (production build): first read ${f(pr.providerFirst, 'providerFirst', 2)} (fetch, checkout, read, lint, map, apply; peak RSS ${mibRange(pr, runs[2], 'firstRss')}, of which ${mib(Number(pr.startRss))} before the read), branch unchanged ${f(pr.providerUnchanged)}, refresh after one app changed: first ${f(pr.providerRefresh, 'providerRefresh', 2)}, later (median of ${REFRESHES}) ${f(pr.providerRefreshLater, 'providerRefreshLater', 2)}; peak RSS ${mibRange(pr, runs[2], 'rss')}; mutations: ${pr.mutations}`);
    const goal = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `  goals (#12): discovery ${(Number(rd.fullRead) / floor).toFixed(2)}x the floor (at most 2x: ${goal(Number(rd.fullRead) <= 2 * floor)}), ` +
        `lint ${f(rd.lint)} on its own parse, ${f(rd.lintShared)} on the read's (at most 2,000 ms: ${goal(Number(rd.lint) <= 2000)}, ${goal(Number(rd.lintShared) <= 2000)}), ` +
        `provider first read ${f(pr.providerFirst)} (at most 10,000 ms: ${goal(Number(pr.providerFirst) <= 10000)}) ` +
        `and ${mib(Number(pr.firstRss))} (at most 400 MiB: ${goal(Number(pr.firstRss) <= 400 * 2 ** 20)}), ` +
        `refresh first ${f(pr.providerRefresh)}, later ${f(pr.providerRefreshLater)} (at most 1,000 ms: first ${goal(Number(pr.providerRefresh) <= 1000)}, later ${goal(Number(pr.providerRefreshLater) <= 1000)})`,
    );
    console.log(`  measured in ${(ms(start) / 1000).toFixed(1)} s`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (process.env.BENCH_PHASE) return child();
  for (const apps of (process.env.BENCH_APPS ?? '500,5000').split(',').map(Number)) await benchSize(apps);
  return undefined;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
