import {
  formatScore,
  readCorpus,
  scoreAgainstTruth,
  TruthRow,
} from './__fixtures__/corpusTruth';

const HARBOR = 'harbor.rcrumana.xyz';

/**
 * corpus/README.md §4.3 rrumana/k8s-homelab-2. The table shortens some images
 * (`mongo:8.2`, `…/berriai/litellm`); the rows carry the full references of the files.
 */
const ROWS: TruthRow[] = [
  {
    app: 'immich',
    namespace: 'media',
    workloads: [
      { kind: 'Deployment', name: 'immich-server' },
      { kind: 'Deployment', name: 'immich-machine-learning' },
    ],
    images: [
      `${HARBOR}/proxy-ghcr/immich-app/immich-server:v2.7.5`,
      `${HARBOR}/proxy-ghcr/immich-app/immich-machine-learning:v2.7.5-rocm`,
    ],
    hosts: ['immich.rcrumana.xyz'],
    database: {
      kind: 'shared-postgres',
      name: 'pg-media',
      namespace: 'databases',
    },
  },
  {
    app: 'jellyfin',
    namespace: 'media',
    workloads: [{ kind: 'Deployment', name: 'jellyfin' }],
    images: [`${HARBOR}/mirror/linuxserver/jellyfin:10.11.3ubu2404-ls9`],
    hosts: ['jellyfin.rcrumana.xyz'],
  },
  {
    app: 'plex',
    namespace: 'media',
    workloads: [{ kind: 'Deployment', name: 'plex' }],
    images: [`${HARBOR}/mirror/linuxserver/plex:1.42.2.10156-f737b826c-ls287`],
    hosts: ['plex.rcrumana.xyz'],
  },
  {
    app: 'librechat',
    namespace: 'ai',
    workloads: [
      { kind: 'Deployment', name: 'librechat' },
      { kind: 'Deployment', name: 'librechat-rag-api' },
      { kind: 'StatefulSet', name: 'librechat-mongodb' },
      { kind: 'StatefulSet', name: 'librechat-meilisearch' },
    ],
    images: [
      `${HARBOR}/proxy-ghcr/danny-avila/librechat:v0.8.5-rc1`,
      `${HARBOR}/proxy-dockerhub/library/mongo:8.2`,
      `${HARBOR}/proxy-dockerhub/getmeili/meilisearch:v1.40`,
    ],
    someImages: true,
    hosts: ['chat.rcrumana.xyz'],
  },
  {
    app: 'llama-backend',
    namespace: 'ai',
    workloads: [
      { kind: 'Deployment', name: 'llama-swap' },
      { kind: 'Deployment', name: 'llama-static-a' },
      { kind: 'Deployment', name: 'llama-static-b' },
      { kind: 'Deployment', name: 'llm-gateway' },
    ],
    images: [
      `${HARBOR}/mirror/mostlygeek/llama-swap:v174-vulkan`,
      `${HARBOR}/proxy-ghcr/berriai/litellm:v1.81.14-stable.gpt-5.4-patch7`,
    ],
    someImages: true,
    hosts: [],
  },
  {
    app: 'vaultwarden',
    namespace: 'productivity',
    workloads: [{ kind: 'Deployment', name: 'vaultwarden' }],
    images: [`${HARBOR}/proxy-dockerhub/vaultwarden/server:1.35.4`],
    hosts: ['vault.rcrumana.xyz'],
  },
  {
    app: 'nextcloud',
    namespace: 'productivity',
    workloads: [{ kind: 'Application', name: 'nextcloud' }],
    charts: [{ name: 'nextcloud', version: '9.0.5' }],
    hosts: ['nextcloud.rcrumana.xyz'],
  },
  {
    app: 'arr',
    namespace: 'media',
    workloads: [{ kind: 'Deployment', name: 'arr-stack' }],
    images: [
      `${HARBOR}/mirror/linuxserver/sonarr:4.0.16.2944-ls298`,
      `${HARBOR}/mirror/qmcgaw/gluetun:v3.41.1`,
    ],
    someImages: true,
    hosts: [
      'sonarr.rcrumana.xyz',
      'radarr.rcrumana.xyz',
      'lidarr.rcrumana.xyz',
      'prowlarr.rcrumana.xyz',
      'qbit.rcrumana.xyz',
      'jellyseerr.rcrumana.xyz',
    ],
  },
  {
    app: 'headscale',
    namespace: 'other',
    workloads: [
      { kind: 'Deployment', name: 'headscale' },
      { kind: 'Deployment', name: 'headscale-ui' },
    ],
    images: [`${HARBOR}/mirror/headscale/headscale:v0.28.0`],
    someImages: true,
    hosts: ['headscale.rcrumana.xyz'],
  },
  {
    app: 'portfolio',
    namespace: 'web',
    workloads: [
      { kind: 'Deployment', name: 'portfolio' },
      { kind: 'Deployment', name: 'portfolio-staging' },
    ],
    images: [
      `${HARBOR}/apps-private/portfolio:latest`,
      `${HARBOR}/apps-private/portfolio:staging`,
    ],
    hosts: ['rcrumana.xyz', 'staging.rcrumana.xyz'],
  },
  {
    app: 'pg-media',
    namespace: 'databases',
    hosts: [],
    database: {
      kind: 'cnpg-cluster',
      name: 'pg-media',
      namespace: 'databases',
      image: `${HARBOR}/mirror/tensorchord/cloudnative-vectorchord:18.2`,
    },
  },
];

describe('readRepository on rrumana/k8s-homelab-2', () => {
  const { tree, model, ms, service } = readCorpus('rrumana__k8s-homelab-2');

  it('finds the ground-truth rows', () => {
    const score = scoreAgainstTruth(model, ROWS);
    // eslint-disable-next-line no-console
    console.log(formatScore('rrumana/k8s-homelab-2', score, ms));
    expect(score.misses).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.extras).toEqual([]);
    expect(score.precision).toBe(1);
  });

  it('counts one service per app folder under cluster/apps/<domain>/<app> (shared folders aside)', () => {
    const appFolders = [
      ...new Set(
        tree
          .paths()
          .filter(p => /^cluster\/apps\/[^/]+\/[^/]+\//.test(p))
          .map(p => p.split('/').slice(0, 4).join('/')),
      ),
    ]
      .filter(
        folder =>
          !folder.startsWith('cluster/apps/shared/') &&
          !folder.endsWith('/shared'),
      )
      .sort();
    expect(appFolders).toHaveLength(24);
    const folders = model.services.map(s => s.folder);
    expect(appFolders.filter(folder => !folders.includes(folder))).toEqual([]);
  });

  it('reads GPUs, privilege and the Argo CD multi-source chart', () => {
    const llama = service('llama-backend').workloads.filter(w => w.gpu);
    expect(llama.map(w => [w.name, w.gpu])).toEqual([
      [
        'llama-static-a',
        [{ resource: 'amd.com/gpu', count: 1, via: 'resources' }],
      ],
      [
        'llama-static-b',
        [{ resource: 'amd.com/gpu', count: 1, via: 'resources' }],
      ],
      ['llama-swap', [{ resource: 'amd.com/gpu', count: 1, via: 'resources' }]],
    ]);
    expect(
      service('immich').workloads.find(
        w => w.name === 'immich-machine-learning',
      ),
    ).toMatchObject({
      privileged: true,
      hostDevices: ['/dev/dri', '/dev/kfd'],
    });
    expect(service('nextcloud').workloads[0]).toMatchObject({
      kind: 'Application',
      namespace: 'argocd',
      releaseNamespace: 'productivity',
      chart: {
        name: 'nextcloud',
        version: '9.0.5',
        sourceKind: 'ArgoHelm',
        sourceUrl: 'https://nextcloud.github.io/helm/',
      },
    });
    expect(service('nextcloud').databases).toEqual([
      expect.objectContaining({
        kind: 'shared-postgres',
        name: 'pg-productivity',
      }),
    ]);
    expect(service('nextcloud').files).toEqual(
      expect.arrayContaining([
        'cluster/apps/productivity/nextcloud/values.yaml',
        'cluster/platform/gitops/argocd/apps/nextcloud-app.yaml',
        'cluster/apps/shared/ingress/nextcloud.yaml',
      ]),
    );
  });
});
