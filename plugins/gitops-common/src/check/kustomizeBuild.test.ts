import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { RepoIndex } from '../lint/repoIndex';
import { DEMO_REPO } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { MapFileTree } from '../tree/FileTree';
import { KustomizeBuilder, objectLabel } from './kustomizeBuild';

const demo = readTreeSync(DEMO_REPO);

/** `kubectl kustomize <dir>` of a tree written to disk: its exit status, objects and error. */
function kubectlBuild(tree: MapFileTree, dir: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-kustomize-'));
  try {
    for (const file of tree.paths()) {
      fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), tree.read(file)!);
    }
    const run = spawnSync('kubectl', ['kustomize', path.join(root, dir)], { encoding: 'utf8' });
    const objects = run.status === 0
      ? parseAllDocuments(run.stdout).map(d => d.toJS()).map(o => objectLabel({ kind: o.kind, namespace: o.metadata.namespace ?? '', name: o.metadata.name }))
      : [];
    return { status: run.status, objects: objects.sort(), stderr: run.stderr };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function ours(tree: MapFileTree, dir: string) {
  const build = new KustomizeBuilder(new RepoIndex(tree)).build(dir);
  return { errors: build.errors, objects: build.objects.map(objectLabel).sort() };
}

const SECOND_INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: podinfo
  namespace: podinfo
spec:
  rules:
    - host: second.example.org
`;

const podinfoKustomization = demo.read('apps/podinfo/kustomization.yaml')!;

describe('KustomizeBuilder', () => {
  it('emits the objects kubectl kustomize emits for every app of the demo repository, and for apps/', () => {
    for (const dir of ['apps', 'apps/podinfo', 'apps/mealie', 'apps/teamspeak', 'apps/llama']) {
      const real = kubectlBuild(demo, dir);
      expect(real.status).toBe(0);
      expect(ours(demo, dir)).toEqual({ errors: [], objects: real.objects });
    }
  });

  it('refuses an object defined twice, where kubectl kustomize fails too', () => {
    const tree = demo.with([
      ['apps/podinfo/ingress-second.yaml', SECOND_INGRESS],
      ['apps/podinfo/kustomization.yaml', `${podinfoKustomization.trimEnd()}\n  - ingress-second.yaml\n`],
    ]);
    const real = kubectlBuild(tree, 'apps');
    expect(real.status).not.toBe(0);
    expect(real.stderr).toMatch(/already registered id: Ingress\.v1\.networking\.k8s\.io\/podinfo\.podinfo/);
    expect(ours(tree, 'apps').errors).toEqual([
      'Ingress podinfo/podinfo is defined twice in the build of apps/podinfo: in apps/podinfo/ingress.yaml and in apps/podinfo/ingress-second.yaml',
    ]);
  });

  it('refuses a listed file that does not exist and a folder without a kustomization, as kubectl kustomize does', () => {
    const missing = demo.with([['apps/podinfo/kustomization.yaml', `${podinfoKustomization.trimEnd()}\n  - route.yaml\n`]]);
    expect(kubectlBuild(missing, 'apps').status).not.toBe(0);
    expect(ours(missing, 'apps').errors).toEqual([
      "apps/podinfo/kustomization.yaml: resources entry 'route.yaml' names a file or folder that does not exist",
    ]);
    const folder = demo.with([
      ['apps/podinfo/extra/ingress.yaml', SECOND_INGRESS],
      ['apps/podinfo/kustomization.yaml', `${podinfoKustomization.trimEnd()}\n  - extra\n`],
    ]);
    expect(kubectlBuild(folder, 'apps').status).not.toBe(0);
    expect(ours(folder, 'apps').errors).toEqual([
      "apps/podinfo/kustomization.yaml: resources entry 'extra' names a folder without a kustomization.yaml",
    ]);
  });

  it('refuses a listed file that does not parse, and a cycle', () => {
    const broken = demo.with([
      ['apps/podinfo/broken.yaml', 'kind: Ingress\nmetadata: [\n'],
      ['apps/podinfo/kustomization.yaml', `${podinfoKustomization.trimEnd()}\n  - broken.yaml\n`],
    ]);
    expect(kubectlBuild(broken, 'apps').status).not.toBe(0);
    expect(ours(broken, 'apps').errors).toEqual([
      "apps/podinfo/kustomization.yaml: resources entry 'broken.yaml' does not parse: apps/podinfo/broken.yaml:2: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
    const cycle = demo.with([['apps/podinfo/kustomization.yaml', `${podinfoKustomization.trimEnd()}\n  - ..\n`]]);
    expect(kubectlBuild(cycle, 'apps').status).not.toBe(0);
    expect(ours(cycle, 'apps').errors).toEqual([
      'apps/kustomization.yaml: the kustomizations form a cycle: apps → apps/podinfo → apps',
    ]);
  });

  it('applies the namespace to namespaced objects only, and namePrefix to all but Namespaces', () => {
    const tree = new MapFileTree({
      'base/kustomization.yaml': 'resources: [objects.yaml]\nnamespace: inner\n',
      'base/objects.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: outer\n',
      'overlay/kustomization.yaml': 'resources: [../base]\nnamespace: outer\nnamePrefix: web-\n',
    });
    const real = kubectlBuild(tree, 'overlay');
    expect(real.status).toBe(0);
    expect(ours(tree, 'overlay')).toEqual({ errors: [], objects: real.objects });
    expect(real.objects).toEqual(['ConfigMap outer/web-settings', 'Namespace outer']);
  });
});
