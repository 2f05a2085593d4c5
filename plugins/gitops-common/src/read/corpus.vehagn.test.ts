import {
  expectAllRows,
  readCorpus,
  TruthRow,
} from './__fixtures__/corpusTruth';

function deployment(
  app: string,
  namespace: string,
  image: string,
  hosts: string[],
): TruthRow {
  return {
    app,
    namespace,
    workloads: [{ kind: 'Deployment', name: app }],
    images: [image],
    hosts,
  };
}

function inflated(
  app: string,
  namespace: string,
  charts: Array<{ release: string; name: string; version: string }>,
  hosts: string[] = [],
): TruthRow {
  return {
    app,
    namespace,
    workloads: charts.map(c => ({ kind: 'HelmChart', name: c.release })),
    charts: charts.map(c => ({ name: c.name, version: c.version })),
    hosts,
  };
}

/**
 * vehagn/homelab (own corpus, SOURCE.txt): Argo CD ApplicationSets nested two deep
 * (`k8s/apps/*` → `k8s/apps/<category>/*`), raw manifests per app folder, and
 * kustomize `helmCharts:` for the infrastructure. Rows written from the files.
 */
const ROWS: TruthRow[] = [
  deployment(
    's9n',
    's9n',
    'docker.io/joseluisq/static-web-server:2.42.0-alpine',
    ['s9n.no'],
  ),
  deployment('whoami', 'whoami', 'ghcr.io/nicolaka/netshoot:v0.15', [
    'whoami-dev.stonegarden.dev',
  ]),
  { app: 'haos', namespace: 'haos', hosts: ['haos.stonegarden.dev'] },
  { app: 'proxmox', namespace: 'proxmox', hosts: ['proxmox.stonegarden.dev'] },
  { app: 'truenas', namespace: 'truenas', hosts: ['truenas.stonegarden.dev'] },
  deployment('hugo', 'blog', 'registry.gitlab.com/vehagn/blog', [
    'blog.stonegarden.dev',
  ]),
  deployment('remark42', 'blog', 'ghcr.io/umputun/remark42:v1.16.4', [
    'remark42.stonegarden.dev',
  ]),
  deployment(
    'stonegarden',
    'stonegarden',
    'registry.gitlab.com/vehagn/stonegarden',
    ['stonegarden.dev'],
  ),
  deployment('lidarr', 'arr', 'ghcr.io/home-operations/lidarr:3.1.3', [
    'lidarr.stonegarden.dev',
  ]),
  deployment('prowlarr', 'arr', 'ghcr.io/home-operations/prowlarr:2.5.2', [
    'prowlarr.stonegarden.dev',
  ]),
  deployment('radarr', 'arr', 'ghcr.io/home-operations/radarr:6.4.0', [
    'radarr.stonegarden.dev',
  ]),
  deployment('sonarr', 'arr', 'ghcr.io/home-operations/sonarr:4.0.18', [
    'sonarr.stonegarden.dev',
  ]),
  deployment(
    'audiobookshelf',
    'audiobookshelf',
    'ghcr.io/advplyr/audiobookshelf:2.36.0',
    ['abs.stonegarden.dev'],
  ),
  deployment('jellyfin', 'jellyfin', 'ghcr.io/jellyfin/jellyfin:10.11.11', [
    'jellyfin.stonegarden.dev',
  ]),
  deployment('plex', 'plex', 'ghcr.io/home-operations/plex:1.43.3.10828', [
    'plex.stonegarden.dev',
  ]),
  {
    app: 'torrent',
    namespace: 'torrent',
    workloads: [{ kind: 'Deployment', name: 'torrent' }],
    images: [
      'registry.k8s.io/git-sync/git-sync:v4.7.1',
      'ghcr.io/home-operations/qbittorrent:5.2.3',
    ],
    hosts: ['torrent.stonegarden.dev'],
  },
  deployment('unpoller', 'unpoller', 'ghcr.io/unpoller/unpoller:v3.3.4', []),
  deployment('unrar', 'unrar', 'ghcr.io/nzrsky/unrar:main', []),
  inflated('cert-manager', 'cert-manager', [
    { release: 'cert-manager', name: 'cert-manager', version: 'v1.21.1' },
    { release: 'trust-manager', name: 'trust-manager', version: 'v0.24.0' },
  ]),
  {
    ...inflated('cnpg', 'cnpg-system', [
      { release: 'cnpg', name: 'cloudnative-pg', version: '0.29.0' },
    ]),
  },
  {
    ...inflated(
      'authelia',
      'authelia',
      [
        { release: 'authelia', name: 'authelia', version: '0.11.7' },
        { release: 'valkey', name: 'valkey', version: '0.11.0' },
      ],
      ['authelia.stonegarden.dev'],
    ),
    database: {
      kind: 'cnpg-cluster',
      name: 'authelia-postgres',
      namespace: 'authelia',
    },
  },
  inflated('cilium', 'kube-system', [
    { release: 'cilium', name: 'cilium', version: '1.20.0' },
  ]),
];

describe('readRepository on vehagn/homelab', () => {
  const { model, ms, service } = readCorpus('vehagn__homelab', true);

  it('finds the ground-truth rows', () => {
    expectAllRows('vehagn/homelab', model, ROWS, ms);
  });

  it('reads kustomize helmCharts with their values file, and patch files are no workloads', () => {
    const authelia = service('authelia').workloads.find(
      w => w.name === 'authelia',
    )!;
    expect(authelia.chart).toEqual({
      name: 'authelia',
      version: '0.11.7',
      sourceKind: 'ArgoOCI',
      sourceUrl: 'oci://ghcr.io/vehagn/chartrepo/',
    });
    expect(authelia.images.map(i => i.raw)).toEqual([
      'ghcr.io/authelia/authelia:4.39.20',
    ]);
    expect(service('authelia').files).toContain(
      'k8s/infra/auth/authelia/values.yaml',
    );
  });

  it('reads the Intel GPU of plex and jellyfin (a device-plugin resource in millis)', () => {
    for (const id of ['plex', 'jellyfin'])
      expect(service(id).workloads[0].gpu).toEqual([
        { resource: 'gpu.intel.com/i915', count: 1, via: 'resources' },
      ]);
  });

  it('keeps a one-off bootstrap Job with the app it belongs to', () => {
    expect(service('lldap').workloads.map(w => `${w.kind}/${w.name}`)).toEqual([
      'Job/lldap-bootstrap',
      'Deployment/lldap',
    ]);
    expect(model.services.map(s => s.id)).not.toContain('lldap-bootstrap');
  });

  it('cuts one ApplicationSet over a category folder into one service per app folder', () => {
    expect(
      model.services
        .filter(s => s.folder.startsWith('k8s/apps/media/'))
        .map(s => s.id),
    ).toEqual([
      'audiobookshelf',
      'jellyfin',
      'lidarr',
      'plex',
      'prowlarr',
      'radarr',
      'sonarr',
    ]);
  });
});
