import { DEMO_REPO } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { readRepository } from './readRepository';

const tree = readTreeSync(DEMO_REPO);

describe('readRepository on the demo repository', () => {
  const model = readRepository(tree, { profile: 'flux-lvm-openbao' });
  const service = (id: string) => model.services.find(s => s.id === id)!;

  it('reads exactly its four apps', () => {
    expect(model.warnings).toEqual([]);
    expect(
      model.services.map(s => [s.id, s.namespace, s.folder, s.engine]),
    ).toEqual([
      ['llama', 'llama', 'apps/llama', 'flux'],
      ['mealie', 'mealie', 'apps/mealie', 'flux'],
      ['podinfo', 'podinfo', 'apps/podinfo', 'flux'],
      ['teamspeak', 'teamspeak', 'apps/teamspeak', 'flux'],
    ]);
  });

  it('reads mealie: database, volume, VSO secret and catalog-info owner', () => {
    const mealie = service('mealie');
    expect(mealie).toEqual({
      id: 'mealie',
      title: 'Mealie',
      namespace: 'mealie',
      engine: 'flux',
      folder: 'apps/mealie',
      files: [
        'apps/mealie/catalog-info.yaml',
        'apps/mealie/deployment.yaml',
        'apps/mealie/ingress.yaml',
        'apps/mealie/kustomization.yaml',
        'apps/mealie/namespace.yaml',
        'apps/mealie/postgres-cluster.yaml',
        'apps/mealie/postgres-volume.yaml',
        'apps/mealie/pvc.yaml',
        'apps/mealie/secret.yaml',
        'apps/mealie/service.yaml',
      ],
      workloads: [
        {
          kind: 'Deployment',
          name: 'mealie',
          namespace: 'mealie',
          images: [
            {
              repository: 'ghcr.io/mealie-recipes/mealie',
              tag: 'v3.16.0',
              raw: 'ghcr.io/mealie-recipes/mealie:v3.16.0',
            },
          ],
          replicas: 1,
          file: 'apps/mealie/deployment.yaml',
          line: 2,
        },
      ],
      hosts: [
        {
          host: 'mealie.lumpiasty.xyz',
          source: 'Ingress',
          file: 'apps/mealie/ingress.yaml',
        },
      ],
      databases: [
        {
          kind: 'cnpg-cluster',
          name: 'mealie-db',
          namespace: 'mealie',
          instances: 1,
          storageClass: 'ssd-lvmpv',
          size: '2Gi',
          image: 'ghcr.io/cloudnative-pg/postgresql:17.4',
          file: 'apps/mealie/postgres-cluster.yaml',
        },
      ],
      caches: [],
      secrets: [
        {
          kind: 'VaultStaticSecret',
          name: 'mealie-authentik',
          namespace: 'mealie',
          path: 'authentik/mealie',
          store: 'secret',
          file: 'apps/mealie/secret.yaml',
        },
      ],
      volumes: [
        {
          claim: 'mealie-data-lvmhdd',
          namespace: 'mealie',
          storageClass: 'hdd-lvmpv',
          size: '2Gi',
          volumeName: 'mealie-data-lvmhdd',
          source: 'PersistentVolumeClaim',
          file: 'apps/mealie/pvc.yaml',
        },
      ],
      labels: {
        kubernetesId: 'mealie',
        selector: { 'backstage.io/kubernetes-id': 'mealie' },
      },
      owners: [
        {
          key: 'spec.owner',
          value: 'group:default/home',
          file: 'apps/mealie/catalog-info.yaml',
        },
      ],
      catalogInfo: {
        file: 'apps/mealie/catalog-info.yaml',
        entity: expect.objectContaining({
          kind: 'Component',
          spec: expect.objectContaining({ owner: 'group:default/home' }),
        }),
      },
    });
  });

  it('reads llama as one service: the GPU workload and its proxy share the kubernetes-id', () => {
    const llama = service('llama');
    expect(llama.workloads).toEqual([
      {
        kind: 'Deployment',
        name: 'llama-proxy',
        namespace: 'llama',
        images: [
          {
            repository: 'caddy',
            tag: '2.11.4-alpine',
            raw: 'caddy:2.11.4-alpine',
          },
        ],
        replicas: 1,
        file: 'apps/llama/auth-proxy.yaml',
        line: 4,
      },
      {
        kind: 'Deployment',
        name: 'llama-swap',
        namespace: 'llama',
        images: [
          {
            repository: 'ghcr.io/mostlygeek/llama-swap',
            tag: 'v197-vulkan-b8202',
            raw: 'ghcr.io/mostlygeek/llama-swap:v197-vulkan-b8202',
          },
        ],
        replicas: 1,
        privileged: true,
        gpu: [{ resource: 'amd.com/gpu', count: 1, via: 'host-device' }],
        hostDevices: ['/dev/kfd', '/dev/dri'],
        file: 'apps/llama/deployment.yaml',
        line: 2,
      },
    ]);
    expect(llama.hosts).toEqual([
      {
        host: 'llama.lumpiasty.xyz',
        source: 'Ingress',
        file: 'apps/llama/ingress.yaml',
      },
    ]);
    expect(llama.secrets).toEqual([
      {
        kind: 'VaultStaticSecret',
        name: 'llama-api-key',
        namespace: 'llama',
        path: 'llama',
        store: 'secret',
        file: 'apps/llama/secret.yaml',
      },
    ]);
    expect(llama.volumes).toEqual([
      expect.objectContaining({
        claim: 'llama-models-lvmssd',
        storageClass: 'ssd-lvmpv',
        size: '200Gi',
        volumeName: 'llama-models-lvmssd',
      }),
    ]);
    expect(llama.files).toEqual([
      'apps/llama/auth-proxy.yaml',
      'apps/llama/configmap.yaml',
      'apps/llama/deployment.yaml',
      'apps/llama/ingress.yaml',
      'apps/llama/kustomization.yaml',
      'apps/llama/namespace.yaml',
      'apps/llama/pvc.yaml',
      'apps/llama/secret.yaml',
    ]);
  });

  it('reads podinfo (chart, docs) and teamspeak (StatefulSet, volume)', () => {
    expect(service('podinfo')).toMatchObject({
      workloads: [
        {
          kind: 'HelmRelease',
          name: 'podinfo',
          chart: {
            name: 'podinfo',
            version: '6.9.1',
            sourceKind: 'HelmRepository',
            sourceUrl: 'https://stefanprodan.github.io/podinfo',
          },
          images: [{ raw: 'ghcr.io/stefanprodan/podinfo:6.9.1' }],
        },
      ],
      hosts: [{ host: 'podinfo.lumpiasty.xyz', source: 'Ingress' }],
      docs: { mkdocs: 'apps/podinfo/mkdocs.yml', dir: 'apps/podinfo/docs' },
      files: [
        'apps/podinfo/docs/index.md',
        'apps/podinfo/ingress.yaml',
        'apps/podinfo/kustomization.yaml',
        'apps/podinfo/mkdocs.yml',
        'apps/podinfo/namespace.yaml',
        'apps/podinfo/release.yaml',
      ],
    });
    expect(service('teamspeak')).toMatchObject({
      workloads: [
        {
          kind: 'StatefulSet',
          name: 'teamspeak',
          images: [{ raw: 'teamspeak:3.13.7' }],
        },
      ],
      hosts: [],
      volumes: [
        {
          claim: 'teamspeak-data-lvmssd',
          storageClass: 'ssd-lvmpv',
          size: '1Gi',
        },
      ],
    });
  });

  it('without a profile, also returns the platform releases of infra/', () => {
    const all = readRepository(tree);
    expect(all.services.map(s => [s.id, s.folder])).toEqual([
      ['cert-manager', 'infra/controllers'],
      ['cnpg', 'infra/controllers'],
      ['llama', 'apps/llama'],
      ['mealie', 'apps/mealie'],
      ['nginx-ingress', 'infra/controllers'],
      ['openebs', 'infra/controllers'],
      ['podinfo', 'apps/podinfo'],
      ['teamspeak', 'apps/teamspeak'],
      ['vault-secrets-operator', 'infra/controllers'],
    ]);
    expect(all.services.find(s => s.id === 'cnpg')?.files).toEqual([
      'infra/controllers/cloudnative-pg.yaml',
    ]);
  });
});
