/* Benchmark: lint synthetic repositories (seed 000 layout, apps rendered by the profile,
 * see syntheticRepo.ts) of 500 and 5,000 apps under flux-lvm-openbao and print the time
 * (cold and warm), the findings and the process's peak RSS as the OS counts it.
 * Run: yarn bench:lint (BENCH_APPS=500,5000 by default). */
import { lintRepository } from '@homeport/plugin-gitops-common';
import { mib, peakRss } from './peakRss';
import { syntheticTree } from './syntheticRepo';

async function benchSize(count: number) {
  const t0 = process.hrtime.bigint();
  const tree = await syntheticTree(count);
  const built = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = tree.paths().reduce((n, p) => n + tree.read(p)!.length, 0);
  console.log(`lint: synthetic repository of ${count} apps: ${tree.paths().length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB (built in ${(built / 1000).toFixed(1)} s)`);
  for (const run of ['cold', 'warm']) {
    const start = process.hrtime.bigint();
    const findings = lintRepository(tree, { profile: 'flux-lvm-openbao' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const errors = findings.filter(f => f.severity === 'error').length;
    console.log(`  ${run}: ${(ms / 1000).toFixed(2)} s, ${findings.length} findings (${errors} errors); peak RSS so far ${mib(peakRss())}`);
  }
}

async function main() {
  for (const count of (process.env.BENCH_APPS ?? '500,5000').split(',').map(Number)) await benchSize(count);
}

main();
