import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Node,
  parseDocument,
  visit,
} from 'yaml';
import { renderChangeSet } from '../../render/renderChangeSet';
import { validateSpecs } from '../../specs';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { createFluxAppChartProfile } from '.';
import { fluxAppChartOptions } from './options';
import { editRelease } from './editRelease';

/** src/profiles/fluxAppChart → the repository root is 5 levels up; shared/ is beside it. */
const REPO_ROOT = path.resolve(__dirname, '../../../../..');
const CORPUS = path.resolve(
  REPO_ROOT,
  '../shared/corpus/public-transport__infrastructure',
);

const corpus = readTreeSync(CORPUS);
const profile = createFluxAppChartProfile();
const options = fluxAppChartOptions.parse({});

const EXAMPLE = 'kubernetes/apps/example-app/release.yaml';
const ID = 'departures-board';
const RELEASE = `kubernetes/apps/${ID}/release.yaml`;
const REPOSITORY = 'ghcr.io/public-transport/departures-board';
const TAG = 'v1_abcdef0_2021-10-08T12.44.03Z';
const HOST = 'departures.infra.public-transport.earth';

const changeSet = renderChangeSet(
  profile,
  validateSpecs([
    {
      kind: 'app',
      name: ID,
      source: {
        type: 'image',
        repository: REPOSITORY,
        tag: TAG,
        replicas: 2,
        ports: [{ name: 'http', port: 3000 }],
        env: [{ name: 'PORT', value: '3000' }],
      },
    },
    { kind: 'http', app: ID, host: HOST },
    { kind: 'secret', app: ID, name: ID, path: ID, keys: ['HAFAS_TOKEN'] },
  ]),
  corpus,
);

function content(filePath: string): string {
  const file = changeSet.files.find(f => f.path === filePath);
  if (!file) throw new Error(`${filePath} not in change set`);
  return file.content;
}

interface Entry {
  path: string;
  style?: string;
}

/** Every key and list index in document order, with the quoting of scalars. */
function shape(doc: Document): Entry[] {
  const entries: Entry[] = [];
  const walk = (node: unknown, at: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = `${at}${at ? '.' : ''}${String(
          isScalar(pair.key) ? pair.key.value : pair.key,
        )}`;
        entries.push({
          path: key,
          style: isScalar(pair.value) ? pair.value.type : undefined,
        });
        walk(pair.value, key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        entries.push({
          path: `${at}[${i}]`,
          style: isScalar(item) ? item.type : undefined,
        });
        walk(item, `${at}[${i}]`);
      });
    }
  };
  walk(doc.contents, '');
  return entries;
}

/** Every comment, with the path of the node it belongs to. */
function comments(doc: Document): string[] {
  const found: string[] = [];
  if (doc.commentBefore) found.push(`(document) before: ${doc.commentBefore}`);
  if (doc.comment) found.push(`(document) after: ${doc.comment}`);
  visit(doc, (key, node, ancestors) => {
    const n = node as Node & {
      commentBefore?: string | null;
      comment?: string | null;
    };
    const where = ancestors
      .filter(isPair)
      .map(p => String(isScalar(p.key) ? p.key.value : p.key))
      .concat(isPair(node) ? [] : [String(key)])
      .join('.');
    if (!isPair(node)) {
      if (n.commentBefore) found.push(`${where} before: ${n.commentBefore}`);
      if (n.comment) found.push(`${where} after: ${n.comment}`);
    }
  });
  return found;
}

/** What the profile adds to example-app's shape, on purpose. */
const ADDED = [
  /^metadata\.labels/, // the HelmRelease carries the Backstage label,
  /^spec\.commonMetadata/, // as does every object the chart renders,
  /^spec\.postRenderers/, // and the Deployment's pod template;
  /^spec\.values\.hasSecrets$/, // the secret spec.
];

describe('flux-app-chart against public-transport/infrastructure', () => {
  const example = parseDocument(corpus.read(EXAMPLE)!);
  const ours = parseDocument(content(RELEASE));

  it('adds the app folder and registers the app', () => {
    expect(changeSet.files.map(f => [f.path, f.action])).toEqual([
      [`.homeport/steps/${ID}.yaml`, 'add'],
      [`kubernetes/apps/${ID}/catalog-info.yaml`, 'add'],
      [`kubernetes/apps/${ID}/kustomization.yaml`, 'add'],
      [RELEASE, 'add'],
      ['kubernetes/apps/kustomization.yaml', 'modify'],
    ]);
    expect(content('kubernetes/apps/kustomization.yaml')).toBe(
      `${corpus.read('kubernetes/apps/kustomization.yaml')}  - ${ID}\n`,
    );
    expect(content(`kubernetes/apps/${ID}/kustomization.yaml`)).toBe(
      corpus.read('kubernetes/apps/example-app/kustomization.yaml'),
    );
  });

  it("writes release.yaml with exactly example-app's keys, order and quoting", () => {
    const expected = shape(example);
    const actual = shape(ours).filter(e => !ADDED.some(re => re.test(e.path)));
    // example-app writes `PORT: 3000`; environment values stay strings here, as bahn-guru
    // writes them (`API: "bahn"`): Helm would print long numbers in e-notation.
    const port = expected.find(e => e.path === 'spec.values.environment.PORT')!;
    expect(port.style).toBe('PLAIN');
    port.style = 'QUOTE_DOUBLE';
    expect(actual).toEqual(expected);
    expect(
      shape(ours)
        .filter(e => ADDED.some(re => re.test(e.path)))
        .map(e => e.path),
    ).toEqual([
      'metadata.labels',
      'metadata.labels.backstage.io/kubernetes-id',
      'spec.commonMetadata',
      'spec.commonMetadata.labels',
      'spec.commonMetadata.labels.backstage.io/kubernetes-id',
      'spec.postRenderers',
      'spec.postRenderers[0]',
      'spec.postRenderers[0].kustomize',
      'spec.postRenderers[0].kustomize.patches',
      'spec.postRenderers[0].kustomize.patches[0]',
      'spec.postRenderers[0].kustomize.patches[0].target',
      'spec.postRenderers[0].kustomize.patches[0].target.kind',
      'spec.postRenderers[0].kustomize.patches[0].patch',
      'spec.values.hasSecrets',
    ]);
  });

  it("fills example-app's [MODIFY] fields and keeps its comment style, without the markers", () => {
    const text = content(RELEASE);
    expect(text).not.toContain('[MODIFY]');
    expect(comments(ours)).toEqual(
      comments(example)
        .filter(c => !c.includes('[MODIFY]'))
        .map(c => c.split('example-app').join(ID)),
    );
    const exampleText = corpus.read(EXAMPLE)!;
    const line = (file: string, key: string) =>
      file.split('\n').find(l => l.trimStart().startsWith(`${key}:`))!;
    expect(line(text, 'repositoryWithRegistry')).toBe(
      line(exampleText, 'repositoryWithRegistry')
        .replace('ghcr.io/public-transport/example-deployment', REPOSITORY)
        .replace('example-app', ID),
    );
    expect(line(text, 'tag')).toBe(
      line(exampleText, 'tag')
        .replace('v1_ccaeaf9_2023-12-29T16.03.55Z', TAG)
        .replace('example-app', ID),
    );
    expect(line(text, 'tag')).toBe(
      `      tag: "${TAG}" # {"$imagepolicy": "flux-system:${ID}-image-policy:tag"}`,
    );
    expect(ours.toJS().spec.values).toEqual({
      hasSecrets: true,
      image: { repositoryWithRegistry: REPOSITORY, tag: TAG },
      exposedPort: 3000,
      environment: { PORT: '3000' },
      hosts: [HOST],
    });
    expect(ours.toJS().metadata).toEqual({
      name: ID,
      namespace: 'app-releases',
      labels: { 'backstage.io/kubernetes-id': ID },
    });
    expect(ours.toJS().spec.chart).toEqual(example.toJS().spec.chart);
  });

  it('owes the CI setup, the encrypted secret and the CNAME', () => {
    expect(changeSet.manualSteps.map(s => [s.id, s.owner])).toEqual([
      [`ci:${ID}`, 'developer'],
      [`secret:kubernetes/secrets/apps/${ID}.yaml`, 'developer'],
      [`dns:${HOST}`, 'developer'],
    ]);
    expect(changeSet.manualSteps[2].title).toBe(
      `Create a CNAME record for ${HOST} to tilia.cluster.infra.public-transport.earth`,
    );
    // No secret file is written: values never enter git in plain text.
    expect(
      changeSet.files.some(f => f.path.startsWith('kubernetes/secrets/')),
    ).toBe(false);
  });

  it("refuses hosts other apps serve and ids that are taken, in the corpus's own terms", () => {
    expect(() =>
      renderChangeSet(
        profile,
        validateSpecs([{ kind: 'http', app: 'db-rest', host: 'bahn.guru' }]),
        corpus,
      ),
    ).toThrow(
      'Host bahn.guru is already listed in kubernetes/apps/bahn-guru/release.yaml',
    );
    const redis = validateSpecs([
      {
        kind: 'app',
        name: 'redis',
        source: {
          type: 'image',
          repository: 'redis',
          tag: TAG,
          ports: [{ name: 'redis', port: 6379 }],
        },
      },
    ]);
    expect(() => renderChangeSet(profile, redis, corpus)).toThrow(
      "App 'redis' would take namespace redis, which kubernetes/infrastructure/redis/namespace.yaml already defines: the simple-app chart creates a namespace named after the app",
    );
  });

  const releases = corpus
    .paths()
    .filter(p => /^kubernetes\/apps\/[^/]+\/release\.yaml$/.test(p));

  it('finds every app release of the corpus', () => {
    expect(releases).toHaveLength(10);
  });

  it.each(releases)('edits %s without touching anything else', file => {
    const before = corpus.read(file)!;
    expect(
      editRelease(options, file, before, { hosts: [], hasSecrets: false }),
    ).toBe(before);
    const after = editRelease(options, file, before, {
      hosts: ['new.example.org'],
      hasSecrets: true,
    });
    const added = after
      .split('\n')
      .filter(
        (l, i, all) => all.indexOf(l) === i && !before.split('\n').includes(l),
      );
    const hadHosts = Array.isArray(
      parseDocument(before).toJS().spec.values.hosts,
    );
    const hadSecrets =
      parseDocument(before).toJS().spec.values.hasSecrets === true;
    expect(added).toEqual([
      ...(hadSecrets ? [] : ['    hasSecrets: true']),
      ...(hadHosts ? [] : ['    hosts:']),
      '      - "new.example.org"',
    ]);
    expect(after.split('\n')).toHaveLength(
      before.split('\n').length + added.length,
    );
  });
});

describe('the change set written into a copy of the corpus', () => {
  it('builds with kustomize: the new app folder and the apps list', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-pt-'));
    try {
      fs.cpSync(CORPUS, copy, { recursive: true });
      for (const file of changeSet.files) {
        fs.mkdirSync(path.dirname(path.join(copy, file.path)), { recursive: true });
        fs.writeFileSync(path.join(copy, file.path), file.content);
      }
      const app = execFileSync('kubectl', ['kustomize', path.join(copy, 'kubernetes/apps', ID)]).toString();
      expect(app.match(/^kind: .+$/gm)).toEqual(['kind: HelmRelease']);
      const all = execFileSync('kubectl', ['kustomize', path.join(copy, 'kubernetes/apps')]).toString();
      expect(all).toContain(`name: ${ID}\n`);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
