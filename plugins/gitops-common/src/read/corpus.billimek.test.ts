import {
  formatScore,
  readCorpus,
  scoreAgainstTruth,
  TruthRow,
} from './__fixtures__/corpusTruth';

const APP_TEMPLATE = { name: 'app-template', version: '5.1.0' };

function app(
  name: string,
  image: string,
  hosts: string[],
  extra: Partial<TruthRow> = {},
): TruthRow {
  return {
    app: name,
    namespace: 'default',
    workloads: [{ kind: 'HelmRelease', name }],
    images: [image],
    charts: [APP_TEMPLATE],
    hosts,
    ...extra,
  };
}

/** corpus/README.md §4.8 billimek/k8s-gitops. */
const ROWS: TruthRow[] = [
  app('plex', 'ghcr.io/home-operations/plex:1.43.3.10896', [
    'plex.eviljungle.com',
  ]),
  app('frigate', 'ghcr.io/blakeblackshear/frigate:0.17.2', [
    'frigate.eviljungle.com',
  ]),
  app(
    'home-assistant',
    'ghcr.io/home-operations/home-assistant:2026.8.3',
    ['hass.eviljungle.com', 'hass-vscode.eviljungle.com'],
    {
      someImages: true,
    },
  ),
  app('teslamate', 'teslamate/teslamate:4.1.1', ['teslamate.eviljungle.com'], {
    someImages: true,
    database: {
      kind: 'shared-postgres',
      name: 'postgres',
      namespace: 'default',
    },
  }),
  {
    app: 'cloudnative-pg',
    namespace: 'default',
    workloads: [
      { kind: 'HelmRelease', name: 'cloudnative-pg' },
      { kind: 'HelmRelease', name: 'barman-cloud' },
    ],
    charts: [
      { name: 'cloudnative-pg', version: '0.29.0' },
      { name: 'plugin-barman-cloud', version: '0.7.1' },
    ],
    hosts: [],
    database: { kind: 'cnpg-cluster', name: 'postgres', namespace: 'default' },
  },
  {
    app: 'forgejo',
    namespace: 'default',
    workloads: [
      { kind: 'HelmRelease', name: 'forgejo' },
      { kind: 'HelmRelease', name: 'forgejo-runner' },
    ],
    charts: [{ name: 'forgejo', version: '17.1.5' }, APP_TEMPLATE],
    hosts: ['git.eviljungle.com'],
  },
  {
    app: 'minecraft',
    namespace: 'default',
    workloads: [
      { kind: 'HelmRelease', name: 'minecraft-survival' },
      { kind: 'HelmRelease', name: 'minecraft-survival2' },
      { kind: 'HelmRelease', name: 'minecraft-creative' },
      { kind: 'HelmRelease', name: 'minecraft-router' },
    ],
    images: ['ghcr.io/itzg/minecraft-server:2026.8.1', 'itzg/mc-router:1.46.4'],
    charts: [APP_TEMPLATE],
    hosts: [
      'mcsv-map.eviljungle.com',
      'mcsv2-map.eviljungle.com',
      'mccreative-map.eviljungle.com',
    ],
  },
  app('sonarr', 'ghcr.io/home-operations/sonarr:4.0.19.3001', [
    'sonarr.eviljungle.com',
    'shows.eviljungle.com',
  ]),
  app('unifi', 'jacobalberty/unifi:v10.0.162', ['unifi.eviljungle.com']),
  app('qbittorrent', 'ghcr.io/home-operations/qbittorrent:5.2.3', [
    'q.eviljungle.com',
  ]),
];

describe('readRepository on billimek/k8s-gitops', () => {
  const { model, ms, service } = readCorpus('billimek__k8s-gitops');

  it('finds the ground-truth rows', () => {
    const score = scoreAgainstTruth(model, ROWS);
    // eslint-disable-next-line no-console
    console.log(formatScore('billimek/k8s-gitops', score, ms));
    expect(score.misses).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.extras).toEqual([]);
    expect(score.precision).toBe(1);
  });

  it('reads plex despite its duplicate anchor, with a warning', () => {
    expect(model.warnings).toContainEqual({
      file: 'kubernetes/default/plex/plex.yaml',
      message:
        'duplicate YAML anchor &port: read leniently (the last definition wins), but strict YAML parsers refuse this file',
    });
    expect(service('plex')).toMatchObject({
      namespace: 'default',
      volumes: [{ claim: 'plex-config', source: 'values' }],
      secrets: [{ kind: 'ExternalSecret', name: 'plex' }],
    });
    expect(service('plex').workloads[0].gpu).toEqual([
      { resource: 'gpu.intel.com', count: 1, via: 'dra' },
    ]);
  });

  it('reads app-template statefulset controllers and the CNPG cluster', () => {
    expect(
      service('minecraft').workloads.find(w => w.name === 'minecraft-creative')
        ?.controllers,
    ).toEqual([{ kind: 'StatefulSet', name: 'minecraft-creative' }]);
    expect(service('cloudnative-pg').databases).toEqual([
      {
        kind: 'cnpg-cluster',
        name: 'postgres',
        namespace: 'default',
        instances: 2,
        storageClass: 'ceph-block',
        size: '20Gi',
        image: expect.stringContaining('postgresql:18.1'),
        file: 'kubernetes/default/cloudnative-pg/cluster/cluster.yaml',
      },
    ]);
  });
});
