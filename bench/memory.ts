/* Benchmark: where the entity provider's memory goes on its first read of a synthetic
 * repository (see demoRepo.ts). In one process run from the packages' production build
 * (see production.ts), the provider's steps run one after the other: read the commit's
 * files, read the services through a ReadCache, lint through it, map the entities. After
 * each step a full garbage collection runs, and the live V8 heap it leaves is printed.
 * Peak RSS (discover.ts) is that live heap plus the garbage V8 lets pile up before
 * a full collection. Run: yarn bench:memory (BENCH_APPS=5000 by default). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lintRepository, ReadCache, readRepositoryWithTerraform } from '@homeport/plugin-gitops-common';
import { readCommitTree, servicesToEntities } from '@homeport/plugin-catalog-backend-module-gitops';
import { generate } from './demoRepo';
import { mib, peakRss } from './peakRss';
import { buildForProduction } from './production';

const PROFILE = 'flux-lvm-openbao';

/** A step: its name, the live heap after it (bytes), and its time (ms). */
type Step = [string, number, number];

/** The live heap: what a full collection leaves (the child runs with --expose-gc). */
function liveHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  return process.memoryUsage().heapUsed;
}

/** The provider's first read step by step, in this process. */
async function steps(dir: string): Promise<{ steps: Step[]; startRss: number; rss: number }> {
  const out: Step[] = [['before the read', liveHeap(), 0]];
  const startRss = peakRss();
  let start = process.hrtime.bigint();
  const step = (name: string) => {
    out.push([name, liveHeap(), Number(process.hrtime.bigint() - start) / 1e6]);
    start = process.hrtime.bigint();
  };
  const cache = new ReadCache();
  const tree = await readCommitTree(dir, 'main');
  step("the commit's files");
  const model = await readRepositoryWithTerraform(tree, { profile: PROFILE, cache });
  step('services (readRepository)');
  const findings = lintRepository(tree, { profile: PROFILE, cache });
  step('lint (through the ReadCache)');
  const entities = servicesToEntities({
    services: model.services,
    tree,
    repository: { id: 'bench', url: dir, branch: 'main', profile: PROFILE, defaultOwner: 'group:default/platform' },
    localRoot: dir,
    commit: '0'.repeat(40),
    findings,
    understanding: model.understanding,
  });
  step(`entities (${entities.length})`);
  // The cache and the tree are still live at the last step: this reads them after it.
  if (cache.size === 0 || tree.paths().length === 0) throw new Error('nothing was read');
  return { steps: out, startRss, rss: peakRss() };
}

async function main() {
  if (process.env.BENCH_MEMORY_DIR) {
    const result = await steps(process.env.BENCH_MEMORY_DIR);
    process.stdout.write(`@@result ${JSON.stringify(result)}\n`);
    return;
  }
  const apps = Number(process.env.BENCH_APPS ?? 5000);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-bench-memory-'));
  try {
    await generate(dir, apps);
    const production = buildForProduction('memory');
    const child = spawnSync(process.execPath, ['--expose-gc', ...production.args, production.script], {
      env: { ...process.env, BENCH_MEMORY_DIR: dir },
      encoding: 'utf8',
    });
    const result = /^@@result (.*)$/m.exec(child.stdout ?? '');
    if (child.status !== 0 || !result) throw new Error(`the memory process failed:\n${child.stderr}`);
    const { steps: measured, startRss, rss } = JSON.parse(result[1]) as Awaited<ReturnType<typeof steps>>;
    console.log(`memory: the provider's first read of ${apps} apps, live V8 heap after each step (production build)`);
    const [, base] = measured[0];
    measured.forEach(([name, live, time], i) => {
      const change = i === 0 ? '' : `, ${live >= measured[i - 1][1] ? '+' : '-'}${mib(Math.abs(live - measured[i - 1][1]))}`;
      console.log(`  ${name.padEnd(34)} ${mib(live).padStart(8)}${change}${i ? ` (${mib(live - base)} over the start; ${time.toFixed(0)} ms)` : ''}`);
    });
    console.log(`  process RSS: ${mib(startRss)} before the read, peak ${mib(rss)} (with a full collection after each step)`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
