import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ChangeSet } from '../../changeset/types';
import { lintRepository } from '../../lint/lintRepository';
import { renderChangeSet } from '../../render/renderChangeSet';
import { parseSpecs } from '../../specs/parseSpecs';
import { goldenFiles } from '../../testUtils/golden';
import { corpusDir, SCHEMAS_DIR } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { MapFileTree } from '../../tree/FileTree';
import { createSchemaValidator, isNonApiObject, SchemaValidator } from '../../validate';
import { FluxHelmProfileSpec } from '../document/schema';
import { formatInference } from '../infer/format';
import { inferProfile } from '../infer/inferProfile';
import { defaultProfileRegistry } from '../registry';
import { resolveProfile } from '../select';

/** (1) A Helm app with a Postgres database, a secret, an HTTP exposure and a volume. */
const HELM_APP = `
specs:
  - kind: app
    name: wikijs
    owner: group:default/home
    source:
      type: helm
      repository: { type: oci, url: "oci://ghcr.io/requarks/charts" }
      chart: wiki
      version: 2.3.2
      values:
        replicaCount: 1
  - { kind: postgres, app: wikijs }
  - { kind: secret, app: wikijs, name: wikijs-oidc, path: wikijs, keys: [client_id, client_secret] }
  - { kind: http, app: wikijs, port: 3000 }
  - { kind: volume, app: wikijs, purpose: data, size: 10Gi }
`;

/** (2) An image app with a Redis cache (and its route). */
const IMAGE_APP = `
specs:
  - kind: app
    name: linkding
    owner: group:default/home
    source:
      type: image
      repository: ghcr.io/sissbruecker/linkding
      tag: 1.41.0
      ports: [{ name: http, port: 9090 }]
  - { kind: redis, app: linkding }
  - { kind: http, app: linkding }
`;

/** The change set equals the golden files of the case folder. */
function expectGoldenCase(changeSet: ChangeSet, dir: string) {
  const { actual, expected } = goldenFiles(changeSet, dir);
  expect(actual).toEqual(expected);
}

let validator: SchemaValidator;
beforeAll(async () => {
  validator = await createSchemaValidator({ schemaDir: SCHEMAS_DIR });
});

function objectIssues(changeSet: ChangeSet): string[] {
  return changeSet.files
    .filter(f => f.action === 'add' && /\.ya?ml$/.test(f.path))
    .flatMap(f =>
      parseAllDocuments(f.content)
        .map(d => d.toJS() as { apiVersion?: string; kind?: string })
        .filter(o => o?.apiVersion && !isNonApiObject(o.apiVersion))
        .flatMap(o => validator.validate(o).map(i => `${f.path} ${o.kind}: ${i.path}: ${i.message}`)),
    );
}

/** Writes the change set into a copy of the corpus repository; returns the copy's folder. */
function writeCopy(corpus: string, changeSet: ChangeSet, extra: Record<string, string> = {}): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-fluxhelm-'));
  fs.cpSync(corpus, copy, { recursive: true });
  for (const [file, content] of [...changeSet.files.map(f => [f.path, f.content] as const), ...Object.entries(extra)]) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.writeFileSync(path.join(copy, file), content);
  }
  return copy;
}

const kustomize = (dir: string) => execFileSync('kubectl', ['kustomize', dir], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const kinds = (built: string) => (built.match(/^kind: .+$/gm) ?? []).map(k => k.slice(6)).sort();

function lintKeys(tree: MapFileTree): string[] {
  const { document } = resolveProfile(tree);
  const findings = lintRepository(tree, { profile: 'flux-helm', profileOptions: document!.spec });
  return findings.map(f => `${f.ruleId} ${f.file} ${f.message}`).sort();
}

function treeWith(tree: MapFileTree, changeSet: ChangeSet): MapFileTree {
  return tree.with(changeSet.files.map(f => [f.path, f.content]));
}

describe('onedr0p/home-ops (ks.yaml + app/ with a per-app OCIRepository, routes to Envoy, 1Password)', () => {
  const corpus = corpusDir('onedr0p__home-ops');
  const tree = readTreeSync(corpus);
  const inference = inferProfile(tree);
  const profile = defaultProfileRegistry.fromDocument(inference.document!);
  const spec = inference.document!.spec as FluxHelmProfileSpec;

  it('infers the layout of its apps, every field with the apps it came from', () => {
    expect(spec.layout).toMatchObject({ appFolder: 'kubernetes/apps/{namespace}/{app}', manifestsDir: 'app', kustomization: true, namespaceInMetadata: false });
    expect(spec.layout.files).toMatchObject({ helmRelease: 'helmrelease.yaml', chartSource: 'ocirepository.yaml', externalSecret: 'externalsecret.yaml' });
    expect(spec.registration).toEqual({
      type: 'flux-kustomization',
      list: 'kubernetes/apps/{namespace}/kustomization.yaml',
      entry: './{app}/ks.yaml',
      fluxKustomization: {
        file: 'ks.yaml',
        spec: { interval: '1h', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' }, wait: false },
        targetNamespace: true,
        substituteApp: 'APP',
        components: ['../../../../components/zeroscaler'],
      },
    });
    expect(spec.chart).toMatchObject({ version: '5.1.0', source: 'per-app', controller: '{app}', container: 'app', service: 'app' });
    expect(spec.exposure).toMatchObject({ style: 'route', parentRefs: [{ name: 'envoy-internal', namespace: 'network' }], hostname: '{{ .Release.Name }}.{domain}', dnsStep: false });
    expect(spec.secrets).toMatchObject({ store: { kind: 'ClusterSecretStore', name: 'onepassword-connect' }, pattern: 'extract' });
    expect(spec.domain).toBe('turbo.ac');
    expect(spec.storage).toEqual({ fast: 'ceph-block', accessMode: 'ReadWriteOnce' });
    expect(spec.postgres.style).toBe('none');
    expect(spec.gpu).toEqual({ style: 'dra', deviceClasses: { intel: 'gpu.intel.com' } });
    // Every decided field names its apps; those with no app are the undecided ones.
    const noEvidence = inference.fields.filter(f => !f.evidence.length).map(f => f.field);
    expect(noEvidence.sort()).toEqual(['postgres', 'redis']);
    expect(inference.undecided.map(u => u.field).sort()).toEqual(['postgres', 'redis', 'registration.fluxKustomization.components']);
    expect(inference.fields.find(f => f.field === 'layout.appFolder')).toMatchObject({ of: 24 });
    expect(formatInference(inference)).toContain('# from agregarr, atuin, autobrr, bazarr, brrpolice, cleanrr, cloudflare-tunnel, generic-device-plugin and 16 more (24 of 24)\n    appFolder: kubernetes/apps/{namespace}/{app}');
  });

  it('refuses a Postgres database: nothing in the repository runs one', () => {
    expect(() => renderChangeSet(profile, parseSpecs(HELM_APP), tree)).toThrow(
      'Profile inferred has no convention for a postgres spec: no service in this repository has a Postgres database (no CloudNativePG Cluster, no postgres-init container): Homeport will not bring in a database operator; set spec.postgres in .homeport/profile.yaml',
    );
  });

  describe('(1) a Helm app with a secret, an HTTP route and a volume; Postgres once .homeport/profile.yaml says how', () => {
    const own = formatInference(inference).replace(/ {2}postgres:\n {4}style: none\n {4}reason: .*\n/, '  postgres:\n    style: cnpg-cluster\n');
    const withOwn = tree.with([['.homeport/profile.yaml', own]]);
    const resolved = resolveProfile(withOwn);
    const changeSet = renderChangeSet(resolved.profile, parseSpecs(HELM_APP), withOwn);

    it('reads the repository profile and writes the files its apps have', () => {
      expect(resolved.source).toBe('repository');
      expectGoldenCase(changeSet, path.join(__dirname, '__fixtures__/onedr0p-helm-app'));
    });

    it('writes objects that validate', () => expect(objectIssues(changeSet)).toEqual([]));

    it('builds with kustomize: the app folder and its namespace', () => {
      const copy = writeCopy(corpus, changeSet);
      try {
        expect(kinds(kustomize(path.join(copy, 'kubernetes/apps/default/wikijs/app')))).toEqual(['Cluster', 'ExternalSecret', 'HTTPRoute', 'HelmRelease', 'OCIRepository', 'PersistentVolumeClaim']);
        expect(kustomize(path.join(copy, 'kubernetes/apps/default'))).toContain('path: ./kubernetes/apps/default/wikijs/app\n');
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });

    it('adds no lint finding', () => expect(lintKeys(treeWith(withOwn, changeSet))).toEqual(lintKeys(withOwn)));
  });

  describe('(2) an image app with a Redis cache', () => {
    const changeSet = renderChangeSet(profile, parseSpecs(IMAGE_APP), tree);

    it('writes the files its apps have', () => expectGoldenCase(changeSet, path.join(__dirname, '__fixtures__/onedr0p-image-redis')));
    it('writes objects that validate', () => expect(objectIssues(changeSet)).toEqual([]));
    it('builds with kustomize', () => {
      const copy = writeCopy(corpus, changeSet);
      try {
        expect(kinds(kustomize(path.join(copy, 'kubernetes/apps/default/linkding/app')))).toEqual(['HelmRelease', 'OCIRepository']);
        expect(kustomize(path.join(copy, 'kubernetes/apps/default'))).toContain('name: linkding\n');
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });
    it('adds no lint finding', () => expect(lintKeys(treeWith(tree, changeSet))).toEqual(lintKeys(tree)));
  });
});

describe('billimek/k8s-gitops (one folder per app, no kustomizations, shared app-template source, shared CNPG)', () => {
  const corpus = corpusDir('billimek__k8s-gitops');
  const tree = readTreeSync(corpus);
  const inference = inferProfile(tree);
  const profile = defaultProfileRegistry.fromDocument(inference.document!);
  const spec = inference.document!.spec as FluxHelmProfileSpec;

  it('infers the layout of its apps, every field with the apps it came from', () => {
    expect(spec.layout).toMatchObject({ appFolder: 'kubernetes/{namespace}/{app}', manifestsDir: '', kustomization: false, namespaceInMetadata: true });
    expect(spec.layout.files).toMatchObject({ helmRelease: '{app}.yaml', externalSecret: 'externalsecret.yaml', catalogInfo: '' });
    expect(spec.registration).toEqual({ type: 'none' });
    expect(spec.chart).toMatchObject({ source: 'shared', shared: { kind: 'OCIRepository', name: 'app-template', namespace: 'flux-system' } });
    expect(spec.exposure).toMatchObject({ style: 'route', parentRefs: [{ name: 'internal', namespace: 'kube-system', sectionName: 'https' }], hostname: '{app}.{domain}' });
    expect(spec.domain).toBe('eviljungle.com');
    expect(spec.postgres).toEqual({
      style: 'shared-cnpg',
      cluster: 'postgres',
      namespace: 'default',
      initImage: { repository: 'ghcr.io/home-operations/postgres-init', tag: '18@sha256:b6d3af974df781c673d37e49bdddfa14a6f5be28b18d2cb7713f0449bea4057b' },
      superuserItem: 'cloudnative-pg',
      superuserKey: 'POSTGRES_SUPER_PASS',
    });
    expect(spec.storage?.fast).toBe('ceph-block');
    const noEvidence = inference.fields.filter(f => !f.evidence.length).map(f => f.field);
    expect(noEvidence).toEqual(['redis']);
  });

  describe('(1) a Helm app with a Postgres database, a secret, an HTTP route and a volume', () => {
    const changeSet = renderChangeSet(profile, parseSpecs(HELM_APP), tree);

    it('writes the files its apps have', () => expectGoldenCase(changeSet, path.join(__dirname, '__fixtures__/billimek-helm-app')));
    it('writes objects that validate', () => expect(objectIssues(changeSet)).toEqual([]));
    it('builds as Flux builds a folder without a kustomization', () => {
      const copy = writeCopy(corpus, changeSet);
      try {
        const folder = path.join(copy, 'kubernetes/default/wikijs');
        const files = fs.readdirSync(folder).sort();
        fs.writeFileSync(path.join(folder, 'kustomization.yaml'), `resources:\n${files.map(f => `  - ${f}\n`).join('')}`);
        expect(kinds(kustomize(folder))).toEqual(['ExternalSecret', 'ExternalSecret', 'HTTPRoute', 'HelmRelease', 'OCIRepository', 'PersistentVolumeClaim']);
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    });
    it('adds no lint finding', () => expect(lintKeys(treeWith(tree, changeSet))).toEqual(lintKeys(tree)));
  });

  describe('(2) an image app with a Redis cache', () => {
    const changeSet = renderChangeSet(profile, parseSpecs(IMAGE_APP), tree);

    it('writes the files its apps have', () => expectGoldenCase(changeSet, path.join(__dirname, '__fixtures__/billimek-image-redis')));
    it('writes objects that validate', () => expect(objectIssues(changeSet)).toEqual([]));
    it('adds no lint finding', () => expect(lintKeys(treeWith(tree, changeSet))).toEqual(lintKeys(tree)));
  });
});

describe('a repository nothing fits', () => {
  it('is refused with what was found and what was looked for, and nothing is written', () => {
    const tree = new MapFileTree({ 'README.md': '# notes\n', 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n' });
    expect(() => resolveProfile(tree)).toThrow(
      // A plain folder of charts reads as one service per chart (read/plainFolderEntries.ts), but no convention fits it.
      'No convention Homeport can write fits this repository: it found 1 services applied by kustomize, but none of: app-template HelmReleases in app folders (flux-helm); apps/kustomization.yaml with one of vault/policy, vault/kubernetes-auth-roles, talos/patches (flux-lvm-openbao); kubernetes/apps/kustomization.yaml + kubernetes/.charts with one of kubernetes/secrets/.sops.yaml, kubernetes/clusters (flux-app-chart); cluster/platform/gitops/argocd/apps + cluster/apps with one of cluster/apps/shared/ingress, cluster/platform/base/namespaces (argocd-ceph-eso)',
    );
  });

  it('keeps the built-in layouts: the demo repository is flux-lvm-openbao', () => {
    expect(resolveProfile(readTreeSync(path.resolve(__dirname, '../../../../../examples/gitops-repo'))).profile.id).toBe('flux-lvm-openbao');
  });
});
