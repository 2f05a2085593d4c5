/* Benchmark: render 1,000 mixed spec requests under flux-lvm-openbao against the demo
 * repository and print the median and p99 time per request and the heap used.
 * Run: yarn bench:render */
import path from 'node:path';
import {
  createProfile,
  renderChangeSet,
  validateSpecs,
  WorkloadSpec,
} from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';

const COUNT = Number(process.env.BENCH_COUNT ?? 1000);

function request(i: number): WorkloadSpec[] {
  const name = `app-${i}`;
  const image = { kind: 'app', name, source: { type: 'image', repository: 'ghcr.io/example/web', tag: `1.${i % 50}.0`, ports: [{ name: 'http', port: 8080 }] } };
  switch (i % 4) {
    case 0:
      return validateSpecs([image]);
    case 1:
      return validateSpecs([
        { kind: 'app', name, source: { type: 'helm', repository: { type: 'helm', url: 'https://charts.example.com' }, chart: 'web', version: '1.2.3', images: [{ path: 'image.tag', repository: 'ghcr.io/example/web', tag: '1.2.3' }] } },
        { kind: 'http', app: name },
      ]);
    case 2:
      return validateSpecs([
        image,
        { kind: 'postgres', app: name, size: '2Gi' },
        { kind: 'secret', app: name, name: `${name}-oidc`, path: `authentik/${name}`, keys: ['client_id', 'client_secret'] },
        { kind: 'http', app: name, port: 8080 },
        { kind: 'volume', app: name, purpose: 'data', size: '1Gi', mountPath: '/data' },
      ]);
    default:
      return validateSpecs([{ kind: 'gpu', name, repository: 'ghcr.io/example/llm', tag: '2026.11.01', vendor: 'amd', modelVolume: { size: '50Gi' } }]);
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const tree = await readFileTree(path.resolve(__dirname, '../examples/gitops-repo'));
  const profile = createProfile('flux-lvm-openbao');
  const requests = Array.from({ length: COUNT }, (_, i) => request(i));
  for (const r of requests.slice(0, 50)) renderChangeSet(profile, r, tree); // warm-up
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const perSpec: number[] = [];
  let files = 0;
  let peakHeap = heapBefore;
  for (const r of requests) {
    const start = process.hrtime.bigint();
    files += renderChangeSet(profile, r, tree).files.length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    times.push(ms);
    perSpec.push(ms / r.length);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  times.sort((a, b) => a - b);
  perSpec.sort((a, b) => a - b);
  const specs = requests.reduce((n, r) => n + r.length, 0);
  console.log(`render: ${COUNT} requests (${specs} specs, ${files} files) under flux-lvm-openbao`);
  console.log(`  per spec: median ${percentile(perSpec, 50).toFixed(3)} ms, p99 ${percentile(perSpec, 99).toFixed(3)} ms`);
  console.log(`  per request: median ${percentile(times, 50).toFixed(3)} ms/request, p99 ${percentile(times, 99).toFixed(3)} ms/request, total ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  console.log(`  heap used: ${(heapBefore / 2 ** 20).toFixed(1)} MiB before, peak ${(peakHeap / 2 ** 20).toFixed(1)} MiB`);
}

main();
