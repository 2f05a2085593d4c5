import {
  formatScore,
  readCorpus,
  scoreAgainstTruth,
  TruthRow,
} from './__fixtures__/corpusTruth';

/** corpus/README.md §4.1 Lumpiasty/klaster. */
const ROWS: TruthRow[] = [
  {
    app: 'llama',
    namespace: 'llama',
    workloads: [{ kind: 'Deployment', name: 'llama-swap' }],
    images: ['ghcr.io/mostlygeek/llama-swap:v197-vulkan-b8202'],
    hosts: [],
  },
  {
    app: 'llama-proxy',
    namespace: 'llama',
    workloads: [{ kind: 'Deployment', name: 'llama-proxy' }],
    images: ['caddy:2.11.4-alpine'],
    hosts: ['llama.lumpiasty.xyz'],
  },
  {
    app: 'kokoro',
    namespace: 'llama',
    workloads: [{ kind: 'Deployment', name: 'kokoro' }],
    images: ['hwdsl2/kokoro-server:latest'],
    hosts: [],
  },
  {
    app: 'immich',
    namespace: 'immich',
    // The Valkey HelmRelease of the same folder is in the table's extras.
    workloads: [
      { kind: 'HelmRelease', name: 'immich' },
      { kind: 'HelmRelease', name: 'valkey' },
    ],
    charts: [
      { name: 'immich', version: '1.0.2' },
      { name: 'valkey', version: '0.11.0' },
    ],
    hosts: ['immich.lumpiasty.xyz'],
  },
  {
    app: 'gitea',
    namespace: 'gitea',
    workloads: [{ kind: 'HelmRelease', name: 'gitea' }],
    charts: [{ name: 'gitea', version: '12.4.0' }],
    hosts: ['gitea.lumpiasty.xyz'],
  },
  {
    app: 'openwebui',
    namespace: 'openwebui',
    workloads: [{ kind: 'HelmRelease', name: 'openwebui' }],
    charts: [{ name: 'open-webui', version: '16.1.0' }],
    hosts: ['openwebui.lumpiasty.xyz'],
  },
  {
    app: 'frigate',
    namespace: 'frigate',
    workloads: [{ kind: 'HelmRelease', name: 'frigate' }],
    charts: [{ name: 'frigate', version: '7.8.0' }],
    hosts: ['frigate.lumpiasty.xyz'],
  },
  {
    app: 'authentik',
    namespace: 'authentik',
    workloads: [{ kind: 'HelmRelease', name: 'authentik' }],
    charts: [{ name: 'authentik', version: '2026.5.0' }],
    hosts: ['authentik.lumpiasty.xyz'],
  },
  {
    app: 'kaneo',
    namespace: 'kaneo',
    workloads: [{ kind: 'HelmRelease', name: 'kaneo' }],
    charts: [{ name: 'kaneo', version: 'v2.29.3' }],
    hosts: ['kaneo.lumpiasty.xyz'],
  },
  {
    app: 'woodpecker',
    namespace: 'woodpecker',
    workloads: [{ kind: 'HelmRelease', name: 'woodpecker' }],
    charts: [{ name: 'woodpecker', version: '3.6.2' }],
    hosts: ['woodpecker.lumpiasty.xyz'],
  },
  {
    app: 'ispeak3',
    namespace: 'ispeak3',
    workloads: [{ kind: 'StatefulSet', name: 'teamspeak3-server' }],
    images: ['teamspeak:3.13.7'],
    hosts: [],
  },
  {
    app: 'crawl4ai',
    namespace: 'crawl4ai',
    workloads: [
      { kind: 'Deployment', name: 'crawl4ai' },
      { kind: 'Deployment', name: 'crawl4ai-proxy' },
    ],
    images: [
      'unclecode/crawl4ai:latest',
      'gitea.lumpiasty.xyz/lumpiasty/crawl4ai-proxy-fit:latest',
    ],
    hosts: [],
  },
];

describe('readRepository on Lumpiasty/klaster', () => {
  const { model, ms, service } = readCorpus('Lumpiasty__klaster');

  it('finds the ground-truth rows', () => {
    const score = scoreAgainstTruth(model, ROWS);
    // eslint-disable-next-line no-console
    console.log(formatScore('Lumpiasty/klaster', score, ms));
    expect(score.misses).toEqual([]);
    expect(score.extras).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
  });

  it('joins the crawl4ai-proxy folder, which calls crawl4ai in its namespace, to crawl4ai', () => {
    expect(model.services.map(s => s.id)).not.toContain('crawl4ai-proxy');
    expect(service('crawl4ai')).toMatchObject({
      namespace: 'crawl4ai',
      folder: 'apps/crawl4ai',
      files: [
        'apps/crawl4ai-proxy/deployment.yaml',
        'apps/crawl4ai/deployment.yaml',
        'apps/crawl4ai/secret.yaml',
      ],
      workloads: [
        {
          kind: 'Deployment',
          name: 'crawl4ai-proxy',
          images: [
            { raw: 'gitea.lumpiasty.xyz/lumpiasty/crawl4ai-proxy-fit:latest' },
          ],
        },
        {
          kind: 'Deployment',
          name: 'crawl4ai',
          images: [{ raw: 'unclecode/crawl4ai:latest' }],
        },
      ],
    });
  });

  it('reads the llama GPU workload, its volume and the proxy secret', () => {
    expect(service('llama').workloads[0]).toMatchObject({
      privileged: true,
      hostDevices: ['/dev/kfd', '/dev/dri'],
    });
    expect(service('llama').volumes).toEqual([
      expect.objectContaining({
        claim: 'llama-models-lvmssd',
        storageClass: 'ssd-lvmpv',
        size: '400Gi',
        volumeName: 'llama-models-lvmssd',
      }),
    ]);
    expect(service('llama-proxy').secrets).toEqual([
      {
        kind: 'VaultStaticSecret',
        name: 'llama-api-key',
        namespace: 'llama',
        path: 'ollama',
        store: 'secret',
        file: 'apps/llama/secret.yaml',
      },
    ]);
    expect(service('kokoro').volumes.map(v => v.claim)).toEqual([
      'kokoro-cache-lvmssd',
    ]);
    expect(service('kokoro').workloads[0].images[0]).toMatchObject({
      tag: 'latest',
      digest: expect.stringMatching(/^sha256:4288/),
    });
  });

  it('reads databases, caches and unlisted files', () => {
    expect(service('immich').databases).toEqual([
      expect.objectContaining({
        kind: 'cnpg-cluster',
        name: 'immich-db-lvmhdd',
        storageClass: 'hdd-lvmpv',
        size: '10Gi',
        image: 'ghcr.io/tensorchord/cloudnative-vectorchord:14-0.4.3',
      }),
    ]);
    expect(service('immich').caches).toEqual([
      expect.objectContaining({ kind: 'valkey', name: 'valkey' }),
    ]);
    expect(service('gitea').caches).toEqual([
      expect.objectContaining({
        kind: 'valkey',
        name: 'gitea-valkey',
        bundled: true,
      }),
    ]);
    expect(service('kaneo').workloads[0].chart).toEqual({
      name: 'kaneo',
      version: 'v2.29.3',
      sourceKind: 'GitRepository',
      sourceUrl: 'https://github.com/usekaneo/kaneo.git',
    });
    expect(model.warnings).toEqual(
      expect.arrayContaining([
        {
          file: 'apps/kaneo',
          message:
            'app folder not referenced by apps/kustomization.yaml: read, though the engine does not apply it',
        },
        {
          file: 'apps/llama/pvc-kokoro-ssd.yaml',
          message:
            'in apps/llama but not listed in its kustomization: read, though the engine does not apply it',
        },
      ]),
    );
  });
});
