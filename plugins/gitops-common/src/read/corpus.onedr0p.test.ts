import {
  formatScore,
  readCorpus,
  scoreAgainstTruth,
  TruthRow,
} from './__fixtures__/corpusTruth';

const APP_TEMPLATE = [{ name: 'app-template', version: '5.1.0' }];

function app(name: string, image: string, hosts: string[]): TruthRow {
  return {
    app: name,
    namespace: 'default',
    workloads: [{ kind: 'HelmRelease', name }],
    images: [image],
    charts: APP_TEMPLATE,
    hosts,
  };
}

/** corpus/README.md §4.6 onedr0p/home-ops. */
const ROWS: TruthRow[] = [
  {
    app: 'plex',
    namespace: 'default',
    workloads: [
      { kind: 'HelmRelease', name: 'plex' },
      { kind: 'HelmRelease', name: 'plex-off-deck' },
    ],
    images: ['ghcr.io/home-operations/plex:1.43.3.10896'],
    someImages: true,
    charts: APP_TEMPLATE,
    hosts: ['plex.turbo.ac'],
  },
  app('radarr', 'ghcr.io/home-operations/radarr:6.4.1.10545', [
    'radarr.turbo.ac',
  ]),
  {
    app: 'home-assistant',
    namespace: 'default',
    workloads: [
      { kind: 'HelmRelease', name: 'home-assistant' },
      { kind: 'HelmRelease', name: 'home-assistant-mcp' },
    ],
    images: [
      'ghcr.io/home-operations/home-assistant:2026.8.3',
      'ghcr.io/homeassistant-ai/ha-mcp:8.3.0',
    ],
    charts: APP_TEMPLATE,
    hosts: ['home-assistant.turbo.ac', 'hass.turbo.ac', 'hass-mcp.turbo.ac'],
  },
  app('atuin', 'ghcr.io/atuinsh/atuin:18.19.0', ['atuin.turbo.ac']),
  app('qbittorrent', 'ghcr.io/home-operations/qbittorrent-libtorrentv1:5.2.3', [
    'qbittorrent.turbo.ac',
  ]),
  app('seerr', 'ghcr.io/seerr-team/seerr:v3.4.1', [
    'seerr.turbo.ac',
    'requests.turbo.ac',
  ]),
  app('zwave', 'ghcr.io/zwave-js/zwave-js-ui:11.22.3', ['zwave.turbo.ac']),
  app('sabnzbd', 'ghcr.io/home-operations/sabnzbd:5.1.1', ['sabnzbd.turbo.ac']),
  {
    app: 'kube-prometheus-stack',
    namespace: 'o11y',
    workloads: [{ kind: 'HelmRelease', name: 'kube-prometheus-stack' }],
    charts: [{ name: 'kube-prometheus-stack', version: '88.3.0' }],
    hosts: ['alertmanager.turbo.ac', 'prometheus.turbo.ac'],
  },
  {
    app: 'rook-ceph',
    namespace: 'rook-ceph',
    workloads: [
      { kind: 'HelmRelease', name: 'rook-ceph' },
      { kind: 'HelmRelease', name: 'rook-ceph-cluster' },
    ],
    charts: [
      { name: 'rook-ceph', version: 'v1.20.6' },
      { name: 'rook-ceph-cluster', version: 'v1.20.6' },
    ],
    hosts: [],
  },
];

const KNOWN_EXTRAS = [
  {
    extra: 'home-assistant: host home-assistant-mcp.turbo.ac',
    why: 'table looks incomplete: home-assistant/mcp/helmrelease.yaml lists "{{ .Release.Name }}.turbo.ac" before hass-mcp.turbo.ac, and its release is home-assistant-mcp',
  },
];

describe('readRepository on onedr0p/home-ops', () => {
  const { tree, model, ms, service } = readCorpus('onedr0p__home-ops');

  it('finds the ground-truth rows', () => {
    const score = scoreAgainstTruth(model, ROWS);
    // eslint-disable-next-line no-console
    console.log(formatScore('onedr0p/home-ops', score, ms));
    expect(score.misses).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.extras).toEqual(KNOWN_EXTRAS.map(k => k.extra));
    expect(score.precision).toBeCloseTo((score.judged - 1) / score.judged, 6);
  });

  it('counts one service per app folder kubernetes/apps/<ns>/<app>', () => {
    const appFolders = [
      ...new Set(
        tree
          .paths()
          .filter(p => /^kubernetes\/apps\/[^/]+\/[^/]+\//.test(p))
          .map(p => p.split('/').slice(0, 4).join('/')),
      ),
    ];
    expect(appFolders).toHaveLength(64);
    expect(model.services.map(s => s.folder).sort()).toEqual(appFolders.sort());
  });

  it('reads app-template controllers, DRA GPUs and the kopiur component PVC with its substitutions', () => {
    const plex = service('plex');
    expect(plex.workloads.map(w => w.controllers)).toEqual([
      [{ kind: 'Deployment', name: 'plex' }],
      [{ kind: 'CronJob', name: 'plex-off-deck' }],
    ]);
    expect(plex.workloads[0].gpu).toEqual([
      { resource: 'gpu.intel.com', count: 1, via: 'dra' },
    ]);
    expect(plex.volumes).toEqual([
      {
        claim: 'plex',
        namespace: 'default',
        storageClass: 'ceph-block',
        size: '50Gi',
        source: 'PersistentVolumeClaim',
        file: 'kubernetes/components/kopiur/backup/pvc.yaml',
      },
    ]);
    expect(
      service('home-assistant').volumes.map(v => [v.claim, v.size]),
    ).toEqual([
      ['home-assistant-cache', '1Gi'],
      ['home-assistant', '5Gi'],
      ['home-assistant-mcp', '5Gi'],
    ]);
    expect(service('radarr').secrets).toEqual([
      expect.objectContaining({
        kind: 'ExternalSecret',
        name: 'radarr',
        namespace: 'default',
        store: 'onepassword-connect',
      }),
    ]);
  });
});
