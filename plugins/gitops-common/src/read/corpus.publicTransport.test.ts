import {
  formatScore,
  readCorpus,
  scoreAgainstTruth,
  TruthRow,
} from './__fixtures__/corpusTruth';

const SIMPLE_APP = [{ name: 'simple-app', version: '^3.2.2' }];

function app(name: string, image: string, hosts: string[]): TruthRow {
  return {
    app: name,
    namespace: name,
    workloads: [{ kind: 'HelmRelease', name }],
    images: [image],
    charts: SIMPLE_APP,
    hosts,
  };
}

/** corpus/README.md §4.2 public-transport/infrastructure. */
const ROWS: TruthRow[] = [
  app(
    'bahn-guru',
    'ghcr.io/juliuste/bahn.guru:v1_c55f58b_2025-06-28T23.55.53Z',
    ['bahn.guru', 'www.bahn.guru', 'railway.guru', 'www.railway.guru'],
  ),
  app('db-rest', 'ghcr.io/derhuerst/db-rest:v5_72caa58_2023-09-19T08.59.46Z', [
    'v5.db.api.bahn.guru',
  ]),
  app(
    'chore-score-bot',
    'ghcr.io/juliuste/chore-score-bot:v1_7d4233d_2023-09-18T02.57.14Z',
    ['chore-score-bot.juliustens.eu'],
  ),
  app(
    'example-app',
    'ghcr.io/public-transport/example-deployment:v1_ccaeaf9_2023-12-29T16.03.55Z',
    ['example.infra.public-transport.earth'],
  ),
  app(
    'european-transport-feeds-website',
    'ghcr.io/public-transport/european-transport-feeds-website:v1_896c6fb_2023-11-09T05.13.36Z',
    ['eu.data.public-transport.earth'],
  ),
  // The table abbreviates this tag (`v1_896c6fb_…`); the full tag is the release file's.
  app(
    'european-transport-feeds-data',
    'ghcr.io/public-transport/european-transport-feeds-data:v1_896c6fb_2023-11-09T05.13.36Z',
    ['data.public-transport.earth'],
  ),
  app(
    'public-transport-data-scraper-legacy-proxy',
    'ghcr.io/juliuste/public-transport-data-scraper-legacy-proxy:v1_022720f_2026-07-04T22.38.31Z',
    ['de.data.public-transport.earth'],
  ),
  app(
    'vbb-departure-hotline',
    'ghcr.io/juliuste/vbb-departure-hotline:v1_eb0fc32_2023-09-18T03.32.05Z',
    ['vbb-departure-hotline.juliustens.eu'],
  ),
  app(
    'lod-codefor-de-frontend',
    'ghcr.io/juliuste/lod.codefor.de-frontend:v1_980ca32_2026-08-08T02.44.11Z',
    ['lod.codefor.de'],
  ),
  app(
    'lod-codefor-de-api',
    'ghcr.io/juliuste/lod.codefor.de-api:v1_980ca32_2026-08-08T02.44.11Z',
    [],
  ),
  {
    app: 'postgres-16',
    namespace: 'postgres',
    workloads: [{ kind: 'HelmRelease', name: 'postgres-16' }],
    charts: [{ name: 'postgresql', version: '^15.5.38' }],
    hosts: [],
    database: {
      kind: 'postgres-chart',
      name: 'postgres-16',
      namespace: 'postgres',
    },
  },
  {
    app: 'redis',
    namespace: 'redis',
    workloads: [{ kind: 'HelmRelease', name: 'redis' }],
    charts: [{ name: 'redis', version: '18.8.2' }],
    hosts: [],
  },
];

/** Reported attributes the table does not have, and why the reader keeps them. */
const KNOWN_EXTRAS = [
  {
    extra: 'lod-codefor-de-api: host some.example.domain',
    why: 'table looks wrong: the release sets no `hosts`, so Helm keeps the chart default (kubernetes/.charts/simple-app/values.yaml: hosts: [some.example.domain]) and templates/ingress.yaml renders an Ingress for it',
  },
];

describe('readRepository on public-transport/infrastructure', () => {
  const { model, ms, service } = readCorpus('public-transport__infrastructure');

  it('finds the ground-truth rows', () => {
    const score = scoreAgainstTruth(model, ROWS);
    // eslint-disable-next-line no-console
    console.log(formatScore('public-transport/infrastructure', score, ms));
    expect(score.misses).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.extras).toEqual(KNOWN_EXTRAS.map(k => k.extra));
    expect(score.precision).toBeCloseTo(59 / 60, 6);
  });

  it('renders the in-repo chart into a namespace named after the release', () => {
    expect(service('bahn-guru').workloads).toEqual([
      {
        kind: 'HelmRelease',
        name: 'bahn-guru',
        namespace: 'app-releases',
        releaseNamespace: 'bahn-guru',
        chart: {
          name: 'simple-app',
          version: '^3.2.2',
          sourceKind: 'HelmRepository',
          sourceUrl: 'https://public-transport.github.io/infrastructure',
          localPath: 'kubernetes/.charts/simple-app',
        },
        images: [
          {
            repository: 'ghcr.io/juliuste/bahn.guru',
            tag: 'v1_c55f58b_2025-06-28T23.55.53Z',
            raw: 'ghcr.io/juliuste/bahn.guru:v1_c55f58b_2025-06-28T23.55.53Z',
          },
        ],
        controllers: [{ kind: 'Deployment', name: 'bahn-guru-deployment' }],
        replicas: 4,
        file: 'kubernetes/apps/bahn-guru/release.yaml',
        line: 1,
      },
    ]);
    expect(service('db-rest').workloads[0].replicas).toBe(3);
  });

  it('attaches SOPS secrets to the service of their namespace', () => {
    expect(service('chore-score-bot').secrets).toEqual([
      {
        kind: 'SopsFile',
        name: 'chore-score-bot',
        namespace: 'chore-score-bot',
        file: 'kubernetes/secrets/apps/chore-score-bot.yaml',
      },
    ]);
    expect(service('example-app').secrets.map(s => s.file)).toEqual([
      'kubernetes/secrets/apps/example-app.yaml',
    ]);
    expect(service('postgres-16').secrets).toEqual([
      {
        kind: 'SopsFile',
        name: 'postgres-secret',
        namespace: 'postgres',
        file: 'kubernetes/secrets/infrastructure/postgres.yaml',
      },
    ]);
    expect(service('redis').caches).toEqual([
      {
        kind: 'redis',
        name: 'redis',
        namespace: 'redis',
        file: 'kubernetes/infrastructure/redis/release.yaml',
      },
    ]);
  });

  it('lists the Flux Kustomization of an infrastructure release among its files', () => {
    expect(service('postgres-16').files).toEqual([
      'kubernetes/clusters/tilia/postgres-16.yaml',
      'kubernetes/infrastructure/postgres-16/kustomization.yaml',
      'kubernetes/infrastructure/postgres-16/release.yaml',
      'kubernetes/secrets/infrastructure/postgres.yaml',
    ]);
  });
});
