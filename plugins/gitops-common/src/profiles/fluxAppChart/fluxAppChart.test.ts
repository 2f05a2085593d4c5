import { ConflictError, NotFoundError } from '@backstage/errors';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { renderChangeSet } from '../../render/renderChangeSet';
import { parseSpecs } from '../../specs';
import { parseStepsFile } from '../../steps';
import { MapFileTree } from '../../tree/FileTree';
import { expectGolden } from '../../testUtils/golden';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { createFluxAppChartProfile, FLUX_APP_CHART } from '.';

const FIXTURES = path.join(__dirname, '__fixtures__');
const CASES = fs
  .readdirSync(FIXTURES)
  .filter(name => fs.existsSync(path.join(FIXTURES, name, 'spec.yaml')))
  .sort();

const repo = readTreeSync(path.join(FIXTURES, 'repo'));
const profile = createFluxAppChartProfile();

function render(specs: string, tree = repo) {
  return renderChangeSet(profile, parseSpecs(specs), tree);
}

function file(changeSet: ReturnType<typeof render>, filePath: string): string {
  const found = changeSet.files.find(f => f.path === filePath);
  if (!found) throw new Error(`${filePath} not in change set`);
  return found.content;
}

const NEW_APP = `
kind: app
name: tiny
source:
  type: image
  repository: ghcr.io/example/tiny
  tag: v1_abcdef0_2021-10-08T12.44.03Z
  ports: [{ name: http, port: 3000 }]
`;

describe('flux-app-chart profile', () => {
  it('has golden cases for app, http and secret', () => {
    expect(CASES).toEqual([
      'app-full',
      'app-image',
      'http-existing',
      'http-secret-existing',
      'secret-existing',
    ]);
  });

  it.each(CASES)('renders %s as its golden files', name => {
    const spec = fs.readFileSync(
      path.join(FIXTURES, name, 'spec.yaml'),
      'utf8',
    );
    const changeSet = render(spec);
    expect(changeSet.profile).toBe(FLUX_APP_CHART);
    expectGolden(changeSet, path.join(FIXTURES, name));
  });

  it('describes itself', () => {
    expect(profile).toMatchObject({
      id: 'flux-app-chart',
      engine: 'flux',
      supports: ['app', 'secret', 'http'],
      appsDir: 'kubernetes/apps',
      defaults: { domain: 'infra.public-transport.earth' },
    });
  });

  it('labels the release, every object the chart renders and the pod template', () => {
    const release = parse(
      file(render(NEW_APP), 'kubernetes/apps/tiny/release.yaml'),
    );
    expect(release.metadata.labels).toEqual({
      'backstage.io/kubernetes-id': 'tiny',
    });
    expect(release.spec.commonMetadata).toEqual({
      labels: { 'backstage.io/kubernetes-id': 'tiny' },
    });
    const [renderer] = release.spec.postRenderers;
    expect(renderer.kustomize.patches[0].target).toEqual({
      kind: 'Deployment',
    });
    expect(parse(renderer.kustomize.patches[0].patch)).toEqual([
      {
        op: 'add',
        path: '/spec/template/metadata/labels/backstage.io~1kubernetes-id',
        value: 'tiny',
      },
    ]);
  });

  it('leaves the pod template alone when labelPods is off', () => {
    const plain = createFluxAppChartProfile({ labelPods: false });
    const changeSet = renderChangeSet(plain, parseSpecs(NEW_APP), repo);
    const release = parse(file(changeSet, 'kubernetes/apps/tiny/release.yaml'));
    expect(release.spec.postRenderers).toBeUndefined();
    expect(release.spec.commonMetadata).toBeDefined();
  });

  it('writes no replicas for the chart default of 2, and keeps its PodDisruptionBudget', () => {
    const changeSet = render(
      NEW_APP.replace('  ports:', '  replicas: 2\n  ports:'),
    );
    const { values } = parse(
      file(changeSet, 'kubernetes/apps/tiny/release.yaml'),
    ).spec;
    expect(values.replicas).toBeUndefined();
    expect(values.minAvailable).toBeUndefined();
  });

  it('takes its options from app-config', () => {
    const custom = createFluxAppChartProfile({
      appsDir: 'kubernetes/apps',
      chart: { version: '^4.0.0' },
      releaseNamespace: 'app-releases',
      dns: { target: 'edge.example.net', ipv4: '', ipv6: '' },
    });
    const changeSet = renderChangeSet(
      custom,
      parseSpecs(
        `${NEW_APP}\n---\n{ kind: http, app: tiny, host: tiny.example.net }`,
      ),
      repo,
    );
    expect(
      parse(file(changeSet, 'kubernetes/apps/tiny/release.yaml')).spec.chart
        .spec.version,
    ).toBe('^4.0.0');
    expect(
      changeSet.manualSteps.find(s => s.id === 'dns:tiny.example.net'),
    ).toEqual({
      id: 'dns:tiny.example.net',
      app: 'tiny',
      owner: 'developer',
      title: 'Create a CNAME record for tiny.example.net to edge.example.net',
      detail:
        "In the DNS zone of tiny.example.net, point tiny.example.net at edge.example.net with a CNAME record. The chart's Ingress gets its TLS certificate from cert-manager once the name resolves.",
      check: { kind: 'dns', host: 'tiny.example.net' },
    });
  });

  it('edits an app created by an earlier request', () => {
    const first = render(NEW_APP);
    const tree = repo.with(first.files.map(f => [f.path, f.content]));
    const second = render(
      '{ kind: http, app: tiny, host: tiny.public-transport.earth }',
      tree,
    );
    expect(second.files.map(f => [f.path, f.action])).toEqual([
      ['.homeport/steps/tiny.yaml', 'modify'],
      ['kubernetes/apps/tiny/release.yaml', 'modify'],
    ]);
    // The second request's step joins the first's in the app's steps file.
    expect(parseStepsFile('.homeport/steps/tiny.yaml', file(second, '.homeport/steps/tiny.yaml')).map(s => s.id)).toEqual([
      ...first.manualSteps.map(s => s.id),
      'dns:tiny.public-transport.earth',
    ]);
    const release = parse(file(second, 'kubernetes/apps/tiny/release.yaml'));
    expect(release.spec.values.hosts).toEqual(['tiny.public-transport.earth']);
    expect(file(second, 'kubernetes/apps/tiny/release.yaml')).toContain(
      '    hosts:\n      - "tiny.public-transport.earth"\n',
    );
    // Only the hosts changed.
    expect(file(second, 'kubernetes/apps/tiny/release.yaml')).toBe(
      file(first, 'kubernetes/apps/tiny/release.yaml').replace(
        '    hosts: []\n',
        '    hosts:\n      - "tiny.public-transport.earth"\n',
      ),
    );
  });

  it('refuses to create an app that exists', () => {
    const spec = NEW_APP.replace('name: tiny', 'name: example-app');
    expect(() => render(spec)).toThrow(ConflictError);
    expect(() => render(spec)).toThrow(
      "App 'example-app' already exists (kubernetes/apps/example-app/)",
    );
  });

  it('refuses a host another app serves, or one asked for twice', () => {
    expect(() =>
      render('{ kind: http, app: example-app, host: www.bahn.guru }'),
    ).toThrow(
      new ConflictError(
        'Host www.bahn.guru is already listed in kubernetes/apps/bahn-guru/release.yaml',
      ),
    );
    expect(() =>
      render(
        '- { kind: http, app: example-app, host: a.example.org }\n- { kind: http, app: api-only, host: a.example.org }',
      ),
    ).toThrow(
      new ConflictError(
        "Host a.example.org is already listed in this request (app 'example-app')",
      ),
    );
  });

  it('refuses an app id that names a namespace of the infrastructure', () => {
    expect(() =>
      render(NEW_APP.replace('name: tiny', 'name: postgres')),
    ).toThrow(
      new ConflictError(
        "App 'postgres' would take namespace postgres, which kubernetes/infrastructure/namespaces/postgres.yaml already defines: the simple-app chart creates a namespace named after the app",
      ),
    );
  });

  it('needs the app for an http or secret spec', () => {
    expect(() =>
      render('{ kind: http, app: nope, host: nope.example.org }'),
    ).toThrow(
      new NotFoundError(
        "App 'nope' does not exist (no kubernetes/apps/nope/release.yaml): create the app first, or add it to the same request",
      ),
    );
  });

  it('needs the apps kustomization to register a new app', () => {
    const without = new MapFileTree(
      repo
        .paths()
        .filter(p => p !== 'kubernetes/apps/kustomization.yaml')
        .map((p): [string, string] => [p, repo.read(p)!]),
    );
    expect(() => render(NEW_APP, without)).toThrow(
      'kubernetes/apps/kustomization.yaml does not exist: is this repository laid out as flux-app-chart expects?',
    );
  });

  it('is deterministic', () => {
    const spec = fs.readFileSync(
      path.join(FIXTURES, 'app-full', 'spec.yaml'),
      'utf8',
    );
    expect(render(spec)).toEqual(render(spec));
  });
});
