/* Benchmark: lint a synthetic 5,000-app repository (seed 000 layout) under flux-lvm-openbao
 * and print the time, the findings and the heap. Run: yarn bench:lint */
import { lintRepository } from '@homeport/plugin-gitops-common';
import { syntheticTree } from './syntheticRepo';

const COUNT = Number(process.env.BENCH_APPS ?? 5000);

async function main() {
  const t0 = process.hrtime.bigint();
  const tree = await syntheticTree(COUNT);
  const built = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = tree.paths().reduce((n, p) => n + tree.read(p)!.length, 0);
  console.log(`lint: synthetic repository of ${COUNT} apps: ${tree.paths().length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB (built in ${(built / 1000).toFixed(1)} s)`);
  for (const run of ['cold', 'warm']) {
    const start = process.hrtime.bigint();
    const findings = lintRepository(tree, { profile: 'flux-lvm-openbao' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const errors = findings.filter(f => f.severity === 'error').length;
    console.log(`  ${run}: ${(ms / 1000).toFixed(2)} s, ${findings.length} findings (${errors} errors), heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
  }
}

main();
