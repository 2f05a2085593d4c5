import fs from 'node:fs';
import path from 'node:path';
import { parseSpecs } from '../../specs';
import { renderChangeSet } from '../../render/renderChangeSet';
import { MapFileTree } from '../../tree/FileTree';
import { createArgocdCephEsoProfile } from '.';
import { goldenFiles } from '../../testUtils/golden';
import { fixtureRepo } from './testing/fixtureRepo';

const FIXTURES = path.join(__dirname, '__fixtures__');
const profile = createArgocdCephEsoProfile();
const repo = fixtureRepo();

function render(specYaml: string, tree = repo) {
  return renderChangeSet(profile, parseSpecs(specYaml), tree);
}

const cases = fs.readdirSync(FIXTURES).sort();

describe('argocd-ceph-eso golden files (against a small corpus-shaped repository)', () => {
  it('has a case for every spec kind the profile supports', () => {
    const kinds = new Set(
      cases.flatMap(c =>
        parseSpecs(fs.readFileSync(path.join(FIXTURES, c, 'spec.yaml'), 'utf8')).map(s => s.kind),
      ),
    );
    expect([...kinds].sort()).toEqual([...profile.supports].sort());
  });

  it.each(cases)('%s', name => {
    const dir = path.join(FIXTURES, name);
    const { actual, expected } = goldenFiles(render(fs.readFileSync(path.join(dir, 'spec.yaml'), 'utf8')), dir);
    expect(actual).toEqual(expected);
  });

  it('is deterministic', () => {
    const spec = fs.readFileSync(path.join(FIXTURES, 'app-full/spec.yaml'), 'utf8');
    expect(render(spec)).toEqual(render(spec));
  });
});

describe('argocd-ceph-eso edits', () => {
  it('keeps the comments and text of the files it edits, only adding lines', () => {
    const changeSet = render(fs.readFileSync(path.join(FIXTURES, 'app-full/spec.yaml'), 'utf8'));
    const modified = changeSet.files.filter(f => f.action === 'modify');
    expect(modified.map(f => f.path)).toEqual([
      'cluster/apps/shared/ingress/kustomization.yaml',
      'cluster/platform/base/data/data-definitions/postgres/pg-other/cluster.yaml',
      'cluster/platform/base/data/data-definitions/postgres/pg-other/kustomization.yaml',
      'cluster/platform/gitops/argocd/apps/kustomization.yaml',
    ]);
    for (const file of modified) {
      const before = file.previous!.split('\n');
      const after = file.content.split('\n');
      // Every line of the file before is still there, in order.
      let i = 0;
      for (const line of after) if (line === before[i]) i++;
      expect({ file: file.path, kept: i }).toEqual({ file: file.path, kept: before.length });
      expect(after.filter(l => l.includes('#'))).toEqual(before.filter(l => l.includes('#')));
    }
  });

  it('appends to an existing app folder and its kustomization only', () => {
    const changeSet = render(
      '[{ kind: secret, app: whiteboard, name: wb-a, path: wb-a, keys: [A] }, { kind: volume, app: whiteboard, purpose: data, size: 1Gi }]',
    );
    expect(changeSet.files.map(f => [f.action, f.path])).toEqual([
      ['add', '.homeport/steps/whiteboard.yaml'],
      ['add', 'cluster/apps/productivity/whiteboard/externalsecret-wb-a.yaml'],
      ['modify', 'cluster/apps/productivity/whiteboard/kustomization.yaml'],
      ['add', 'cluster/apps/productivity/whiteboard/pvc-data.yaml'],
    ]);
    expect(changeSet.files[2].content).toBe(`apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: productivity

resources:
  - deployment.yaml
  - service.yaml # ClusterIP only; the route is in apps/shared/ingress
  - externalsecret-wb-a.yaml
  - pvc-data.yaml

commonLabels:
  app.kubernetes.io/name: whiteboard
  app.kubernetes.io/managed-by: argocd
`);
  });

  it('finds an app through its Application when its folder is nested', () => {
    const tree = repo.with([
      ['cluster/apps/web/portfolio/prod/kustomization.yaml', 'namespace: web\nresources:\n  - deployment.yaml\n'],
      ['cluster/apps/web/portfolio/prod/deployment.yaml', 'kind: Deployment\n'],
      [
        'cluster/platform/gitops/argocd/apps/portfolio-app.yaml',
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: portfolio\nspec:\n  source:\n    path: cluster/apps/web/portfolio/prod\n  destination:\n    namespace: web\n',
      ],
    ]);
    const changeSet = render('{ kind: secret, app: portfolio, name: portfolio-env, path: portfolio-env, keys: [TOKEN] }', tree);
    expect(changeSet.files.map(f => f.path)).toEqual([
      '.homeport/steps/portfolio.yaml',
      'cluster/apps/web/portfolio/prod/externalsecret-portfolio-env.yaml',
      'cluster/apps/web/portfolio/prod/kustomization.yaml',
    ]);
    expect(changeSet.files[1].content).toContain('key: apps/web/portfolio-env\n');
  });

  it('hands out distinct LoadBalancer addresses within one request', () => {
    const changeSet = render(
      '[{ kind: tcp, app: whiteboard, service: whiteboard-a, ports: [{ name: a, port: 9000 }] }, { kind: tcp, app: whiteboard, service: whiteboard-b, ports: [{ name: b, port: 9001 }] }]',
    );
    const ips = changeSet.files.flatMap(f => /loadBalancerIP: (\S+)/.exec(f.content)?.[1] ?? []);
    expect(ips).toEqual(['192.168.1.232', '192.168.1.233']);
  });
});

describe('argocd-ceph-eso refusals', () => {
  const image = 'source: { type: image, repository: ghcr.io/example/x, tag: 1.0.0 }';
  it.each([
    [
      'a domain without a central Namespace',
      `{ kind: app, name: budget, namespace: finance, ${image} }`,
      "Domain 'finance' has no Namespace in cluster/platform/base/namespaces/: define it there first (app domains: ai, media, other, productivity, web)",
    ],
    [
      'a platform namespace as a domain',
      `{ kind: app, name: budget, namespace: databases, ${image} }`,
      "Namespace 'databases' is not an app domain (app domains: ai, media, other, productivity, web)",
    ],
    [
      'an app that exists',
      `{ kind: app, name: whiteboard, namespace: productivity, ${image} }`,
      "App 'whiteboard' already exists (cluster/apps/productivity/whiteboard/)",
    ],
    [
      'an app that exists in another domain',
      `{ kind: app, name: whiteboard, namespace: media, ${image} }`,
      "App 'whiteboard' already exists (cluster/apps/productivity/whiteboard/)",
    ],
    [
      'a name an Application already has',
      `{ kind: app, name: shared-ingress, ${image} }`,
      "Argo CD Application 'shared-ingress' already exists (cluster/platform/gitops/argocd/apps/shared-ingress-app.yaml)",
    ],
    [
      'an attachment to an app that does not exist',
      '{ kind: postgres, app: nextcloud }',
      "App 'nextcloud' does not exist (no cluster/apps/<domain>/nextcloud/ and no Argo CD Application 'nextcloud'): create the app first, or add it to the same request",
    ],
    [
      'a dedicated database',
      '{ kind: postgres, app: whiteboard, mode: dedicated }',
      'argocd-ceph-eso keeps app databases in the shared CloudNativePG clusters of cluster/platform/base/data/data-definitions/postgres/ (seed 003: one database and role per app, no cluster per app): mode "dedicated" is not available',
    ],
    [
      'a shared cluster that does not exist',
      '{ kind: postgres, app: whiteboard, cluster: pg-finance }',
      "Shared PostgreSQL cluster 'pg-finance' does not exist (no cluster/platform/base/data/data-definitions/postgres/pg-finance/cluster.yaml)",
    ],
    [
      'a Redis that is not a shared Valkey',
      '{ kind: redis, app: whiteboard, name: redis-sessions }',
      "argocd-ceph-eso apps use the shared Valkey services (valkey-cache, valkey-queue); 'redis-sessions' is not one of them",
    ],
    [
      'a GPU the cluster does not have',
      '{ kind: gpu, name: vllm, namespace: ai, repository: vllm/vllm-openai, tag: v0.8.5, vendor: nvidia }',
      'This cluster has no nvidia GPUs: argocd-ceph-eso knows amd (options gpu.resources)',
    ],
    [
      'a LoadBalancer for HTTP',
      '{ kind: tcp, app: whiteboard, ports: [{ name: web, port: 8080 }] }',
      'Port web (8080) looks like HTTP: expose HTTP through an Ingress (an http spec), not a LoadBalancer',
    ],
    [
      'a host that is already routed',
      '{ kind: http, app: whiteboard }',
      'whiteboard.rcrumana.xyz/ is already routed by cluster/apps/shared/ingress/whiteboard.yaml',
    ],
    [
      'a route to a port the new app does not serve',
      `[{ kind: app, name: budget, source: { type: image, repository: ghcr.io/example/x, tag: 1.0.0, ports: [{ name: http, port: 3000 }] } }, { kind: http, app: budget }]`,
      "App 'budget' has no Service port 80 to route budget.rcrumana.xyz to (ports: 3000)",
    ],
    [
      'a volume file that exists',
      '[{ kind: volume, app: whiteboard, purpose: data, size: 1Gi }, { kind: volume, app: whiteboard, purpose: data, size: 2Gi }]',
      'cluster/apps/productivity/whiteboard/pvc-data.yaml already exists in the repository',
    ],
  ])('refuses %s', (_what, spec, message) => {
    expect(() => render(spec)).toThrow(message);
  });

  it('refuses a role the shared cluster already manages', () => {
    const clusterFile = 'cluster/platform/base/data/data-definitions/postgres/pg-productivity/cluster.yaml';
    const tree = repo.with([
      [clusterFile, `${repo.read(clusterFile)}  managed:\n    roles:\n      - name: whiteboard\n        ensure: present\n`],
    ]);
    expect(() => render('{ kind: postgres, app: whiteboard }', tree)).toThrow(
      `Role 'whiteboard' is already managed in ${clusterFile}`,
    );
  });

  it('refuses an app when the repository has no Argo CD apps folder', () => {
    const tree = fixtureRepo();
    const files = Object.fromEntries(
      tree.paths().filter(p => !p.startsWith('cluster/platform/gitops/')).map(p => [p, tree.read(p)!]),
    );
    expect(() =>
      renderChangeSet(profile, parseSpecs(`{ kind: app, name: budget, ${image} }`), new MapFileTree(files)),
    ).toThrow('cluster/platform/gitops/argocd/apps does not exist: is this repository laid out as argocd-ceph-eso expects?');
  });

  it('names the file when a kustomization it edits is not YAML', () => {
    const broken = repo.with([['cluster/apps/productivity/whiteboard/kustomization.yaml', 'resources: [deployment.yaml\n']]);
    expect(() => render('{ kind: volume, app: whiteboard, purpose: data, size: 1Gi }', broken)).toThrow(
      /^cluster\/apps\/productivity\/whiteboard\/kustomization.yaml is not valid YAML: /,
    );
  });
});
