/* A synthetic GitOps repository in seed 000's layout, for benchmarks: the demo repository
 * plus `count` apps rendered by the flux-lvm-openbao profile itself (a mix of image apps
 * with a database, secret, ingress and volume, Helm apps and GPU workloads). */
import fs from 'node:fs';
import path from 'node:path';
import {
  createProfile,
  MapFileTree,
  renderChangeSet,
  validateSpecs,
} from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';

export function syntheticSpecs(i: number) {
  const name = `app-${i}`;
  const image = { kind: 'app', name, owner: `group:default/team-${i % 20}`, source: { type: 'image', repository: `ghcr.io/example/svc-${i % 97}`, tag: `1.${i % 50}.0`, ports: [{ name: 'http', port: 8080 }] } };
  switch (i % 4) {
    case 0:
      return validateSpecs([image, { kind: 'http', app: name, port: 8080 }]);
    case 1:
      return validateSpecs([
        { kind: 'app', name, source: { type: 'helm', repository: { type: 'helm', url: 'https://charts.example.com' }, chart: `chart-${i % 31}`, version: '1.2.3', images: [{ path: 'image.tag', repository: 'ghcr.io/example/web', tag: '1.2.3' }] } },
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
      return validateSpecs([{ kind: 'gpu', name, repository: 'ghcr.io/example/llm', tag: '2026.11.01', vendor: 'nvidia', modelVolume: { size: '50Gi' } }]);
  }
}

/** Renders `count` apps over the demo repository, in batches, into one tree. */
export async function syntheticTree(count: number): Promise<MapFileTree> {
  let tree = await readFileTree(path.resolve(__dirname, '../examples/gitops-repo'));
  const profile = createProfile('flux-lvm-openbao');
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const specs = [];
    for (let i = start; i < Math.min(count, start + batch); i++) specs.push(...syntheticSpecs(i));
    const changeSet = renderChangeSet(profile, specs, tree);
    tree = tree.with(changeSet.files.map(f => [f.path, f.content] as [string, string]));
  }
  return tree;
}

/** Writes a tree into a folder (for tools that read from disk). */
export function writeTree(tree: MapFileTree, dir: string) {
  for (const p of tree.paths()) {
    const target = path.join(dir, p);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, tree.read(p)!);
  }
}
