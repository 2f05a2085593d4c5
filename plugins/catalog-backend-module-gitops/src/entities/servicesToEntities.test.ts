import { Entity } from '@backstage/catalog-model';
import {
  Finding,
  MapFileTree,
  readRepository,
  ServiceModel,
} from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';
import { DEMO_REPO } from '../__testUtils__/paths';
import { validateEntity } from '../__testUtils__/validateEntity';
import { servicesToEntities } from './servicesToEntities';
import { GitopsRepositoryRef } from './types';

const ROOT = '/var/cache/homeport/demo/checkout';
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const DEMO: GitopsRepositoryRef = {
  id: 'demo',
  url: '/data/gitops-demo.git',
  branch: 'main',
  profile: 'flux-lvm-openbao',
  defaultOwner: 'group:default/platform',
};

function located(folder: string) {
  const value = `file:${ROOT}/${folder ? `${folder}/` : ''}`;
  return {
    'backstage.io/managed-by-location': value,
    'backstage.io/managed-by-origin-location': value,
    'backstage.io/source-location': value,
  };
}

function homeport(
  folder: string | undefined,
  extra: Record<string, string> = {},
) {
  return {
    'homeport.dev/repository': 'demo',
    'homeport.dev/profile': 'flux-lvm-openbao',
    ...(folder !== undefined ? { 'homeport.dev/folder': folder } : {}),
    ...extra,
    'homeport.dev/commit': COMMIT,
  };
}

describe('servicesToEntities on the demo repository', () => {
  let tree: MapFileTree;
  let services: ServiceModel[];
  let entities: Entity[];
  const byRef = (ref: string) =>
    entities.find(
      e => `${e.kind.toLowerCase()}:default/${e.metadata.name}` === ref,
    )!;

  beforeAll(async () => {
    tree = await readFileTree(DEMO_REPO);
    services = readRepository(tree, { profile: 'flux-lvm-openbao' }).services;
    entities = servicesToEntities({
      services,
      tree,
      repository: DEMO,
      localRoot: ROOT,
      commit: COMMIT,
      findings: [],
    });
  });

  it('emits a Component per app, a Resource per database and secret, and the repository System', () => {
    expect(
      entities.map(e => `${e.kind.toLowerCase()}:default/${e.metadata.name}`),
    ).toEqual([
      'component:default/llama',
      'component:default/mealie',
      'component:default/podinfo',
      'component:default/teamspeak',
      'resource:default/llama-api-key',
      'resource:default/mealie-db',
      'resource:default/mealie-authentik',
      'system:default/demo',
    ]);
  });

  it('every entity is valid for the catalog', async () => {
    for (const entity of entities)
      await expect(validateEntity(entity)).resolves.toBeUndefined();
  });

  it('maps llama: a GPU workload owned through CODEOWNERS', () => {
    expect(byRef('component:default/llama')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'llama',
        description:
          'Deployment llama-proxy (caddy:2.11.4-alpine); Deployment llama-swap (ghcr.io/mostlygeek/llama-swap:v197-vulkan-b8202) in namespace llama, from apps/llama.',
        annotations: {
          ...located('apps/llama'),
          'backstage.io/kubernetes-id': 'llama',
          'backstage.io/kubernetes-namespace': 'llama',
          ...homeport('apps/llama', {
            'homeport.dev/files': JSON.stringify([
              'apps/llama/auth-proxy.yaml',
              'apps/llama/configmap.yaml',
              'apps/llama/deployment.yaml',
              'apps/llama/ingress.yaml',
              'apps/llama/kustomization.yaml',
              'apps/llama/namespace.yaml',
              'apps/llama/pvc.yaml',
              'apps/llama/secret.yaml',
            ]),
            'homeport.dev/findings': '[]',
            'homeport.dev/workloads': JSON.stringify(
              services.find(s => s.id === 'llama')!.workloads,
            ),
          }),
        },
        links: [
          {
            url: 'https://llama.lumpiasty.xyz',
            title: 'llama.lumpiasty.xyz',
            icon: 'web',
          },
        ],
        tags: ['flux', 'gpu'],
      },
      spec: {
        type: 'gpu-workload',
        lifecycle: 'production',
        owner: 'group:default/ai',
        system: 'demo',
        dependsOn: ['resource:default/llama-api-key'],
      },
    });
    expect(
      JSON.parse(
        byRef('component:default/llama').metadata.annotations![
          'homeport.dev/workloads'
        ],
      ),
    ).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'llama-proxy',
        namespace: 'llama',
      }),
      expect.objectContaining({
        kind: 'Deployment',
        name: 'llama-swap',
        privileged: true,
        gpu: [{ resource: 'amd.com/gpu', count: 1, via: 'host-device' }],
        hostDevices: ['/dev/kfd', '/dev/dri'],
      }),
    ]);
  });

  it("merges mealie's own catalog-info.yaml: its metadata and spec win, Homeport's annotations and dependencies are added", () => {
    expect(byRef('component:default/mealie')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'mealie',
        title: 'Mealie',
        description:
          'Self-hosted recipe manager and meal planner for the household.',
        annotations: {
          ...located('apps/mealie'),
          'backstage.io/kubernetes-id': 'mealie',
          'backstage.io/kubernetes-namespace': 'mealie',
          ...homeport('apps/mealie', {
            'homeport.dev/files': JSON.stringify([
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
            ]),
            'homeport.dev/findings': '[]',
            'homeport.dev/workloads': JSON.stringify([
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
            ]),
            // Its exact value: the next test.
            'homeport.dev/manual-steps': expect.any(String),
          }),
        },
        // The catalog-info link to the host wins over the generated one (same URL).
        links: [
          { url: 'https://mealie.lumpiasty.xyz', title: 'Mealie' },
          { url: 'https://docs.mealie.io', title: 'Upstream documentation' },
        ],
        tags: ['recipes', 'postgres', 'flux'],
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/home',
        system: 'demo',
        dependsOn: [
          'resource:default/mealie-db',
          'resource:default/mealie-authentik',
        ],
      },
    });
  });

  it("carries the steps mealie's steps file records, the one marked done with who, when and why", () => {
    const steps = JSON.parse(
      byRef('component:default/mealie').metadata.annotations![
        'homeport.dev/manual-steps'
      ],
    );
    expect(
      steps.map((s: any) => [s.id, s.app, s.check.kind, s.done?.by ?? 'owed']),
    ).toEqual([
      ['openbao:reconcile:mealie', 'mealie', 'manual', 'owed'],
      ['secret:secret/authentik/mealie', 'mealie', 'secret', 'owed'],
      ['oidc:mealie', 'mealie', 'manual', 'user:default/guest'],
      ['dns:mealie.lumpiasty.xyz', 'mealie', 'dns', 'owed'],
    ]);
    expect(steps[1].check).toEqual({
      kind: 'secret',
      namespace: 'mealie',
      name: 'mealie-authentik',
      keys: ['client_id', 'client_secret'],
    });
    expect(steps[2].done).toEqual({
      by: 'user:default/guest',
      at: '2026-11-02T18:40:00.000Z',
      note: 'Provider and application created; sign-in tested with the household account.',
    });
  });

  it('maps podinfo: a website with TechDocs, owned by the platform through CODEOWNERS', () => {
    const podinfo = byRef('component:default/podinfo');
    expect(podinfo.metadata.annotations).toEqual({
      ...located('apps/podinfo'),
      'backstage.io/techdocs-ref': `dir:${ROOT}/apps/podinfo`,
      'backstage.io/kubernetes-id': 'podinfo',
      'backstage.io/kubernetes-namespace': 'podinfo',
      ...homeport('apps/podinfo', {
        'homeport.dev/files': JSON.stringify([
          'apps/podinfo/docs/index.md',
          'apps/podinfo/ingress.yaml',
          'apps/podinfo/kustomization.yaml',
          'apps/podinfo/mkdocs.yml',
          'apps/podinfo/namespace.yaml',
          'apps/podinfo/release.yaml',
        ]),
        'homeport.dev/findings': '[]',
        'homeport.dev/workloads': JSON.stringify(
          services.find(s => s.id === 'podinfo')!.workloads,
        ),
      }),
    });
    expect({
      ...podinfo,
      metadata: { ...podinfo.metadata, annotations: undefined },
    }).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'podinfo',
        description:
          'HelmRelease podinfo (chart podinfo 6.9.1) in namespace podinfo, from apps/podinfo.',
        annotations: undefined,
        links: [
          {
            url: 'https://podinfo.lumpiasty.xyz',
            title: 'podinfo.lumpiasty.xyz',
            icon: 'web',
          },
        ],
        tags: ['flux'],
      },
      spec: {
        type: 'website',
        lifecycle: 'production',
        owner: 'group:default/platform',
        system: 'demo',
        dependsOn: [],
      },
    });
  });

  it('maps teamspeak: a service (LoadBalancer, no host) owned by media through CODEOWNERS', () => {
    const teamspeak = byRef('component:default/teamspeak');
    expect(teamspeak.metadata.links).toBeUndefined();
    expect(teamspeak.metadata.description).toBe(
      'StatefulSet teamspeak (teamspeak:3.13.7) in namespace teamspeak, from apps/teamspeak.',
    );
    expect(teamspeak.spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/media',
      system: 'demo',
      dependsOn: [],
    });
  });

  it('maps the database and the secrets to Resources owned like their app', () => {
    expect(byRef('resource:default/mealie-db')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'mealie-db',
        title: 'mealie-db',
        description:
          'CloudNativePG cluster mealie-db in namespace mealie (1 instance, 2Gi on ssd-lvmpv).',
        annotations: {
          ...located('apps/mealie'),
          'backstage.io/kubernetes-namespace': 'mealie',
          'backstage.io/kubernetes-label-selector': 'cnpg.io/cluster=mealie-db',
          ...homeport('apps/mealie', {
            'homeport.dev/files': '["apps/mealie/postgres-cluster.yaml"]',
          }),
        },
      },
      spec: {
        type: 'database',
        owner: 'group:default/home',
        system: 'demo',
        dependencyOf: ['component:default/mealie'],
      },
    });
    expect(byRef('resource:default/mealie-authentik')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'mealie-authentik',
        title: 'mealie-authentik',
        description:
          'VaultStaticSecret mealie-authentik in namespace mealie (path authentik/mealie, store secret).',
        annotations: {
          ...located('apps/mealie'),
          ...homeport('apps/mealie', {
            'homeport.dev/files': '["apps/mealie/secret.yaml"]',
          }),
        },
      },
      spec: {
        type: 'secret',
        owner: 'group:default/home',
        system: 'demo',
        dependencyOf: ['component:default/mealie'],
      },
    });
    expect(byRef('resource:default/llama-api-key').spec).toEqual({
      type: 'secret',
      owner: 'group:default/ai',
      system: 'demo',
      dependencyOf: ['component:default/llama'],
    });
  });

  it("emits the repository's System, owned by the default owner", () => {
    expect(byRef('system:default/demo')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        name: 'demo',
        title: 'GitOps repository demo',
        description: 'The services of the GitOps repository demo.',
        annotations: { ...located(''), ...homeport(undefined) },
      },
      spec: { owner: 'group:default/platform' },
    });
  });

  it('gives each service the findings of its own files', () => {
    const finding = (file: string): Finding => ({
      ruleId: 'flux-lvm-openbao/mutable-tag',
      severity: 'error',
      message: 'tag latest is mutable',
      file,
      line: 3,
      fix: 'pin it',
    });
    const withFindings = servicesToEntities({
      services,
      tree,
      repository: DEMO,
      localRoot: ROOT,
      findings: [
        finding('apps/mealie/deployment.yaml'),
        finding('infra/controllers/openebs.yaml'),
      ],
    });
    const annotations = (name: string) =>
      withFindings.find(e => e.metadata.name === name)!.metadata.annotations!;
    expect(JSON.parse(annotations('mealie')['homeport.dev/findings'])).toEqual([
      finding('apps/mealie/deployment.yaml'),
    ]);
    expect(annotations('podinfo')['homeport.dev/findings']).toBe('[]');
    // Without a commit there is no commit annotation.
    expect(annotations('podinfo')['homeport.dev/commit']).toBeUndefined();
  });

  it('points at the forge for a forge URL: folder pages, edit links, TechDocs beside the source', () => {
    const onGithub = servicesToEntities({
      services,
      tree,
      repository: { ...DEMO, url: 'git@github.com:homelab/cluster.git' },
      commit: COMMIT,
    });
    const annotations = (name: string) =>
      onGithub.find(e => e.metadata.name === name)!.metadata.annotations!;
    expect(annotations('podinfo')).toMatchObject({
      'backstage.io/managed-by-location':
        'url:https://github.com/homelab/cluster/tree/main/apps/podinfo/',
      'backstage.io/source-location':
        'url:https://github.com/homelab/cluster/tree/main/apps/podinfo/',
      'backstage.io/edit-url':
        'https://github.com/homelab/cluster/edit/main/apps/podinfo/kustomization.yaml',
      'backstage.io/techdocs-ref': 'dir:.',
    });
    expect(annotations('mealie')['backstage.io/edit-url']).toBe(
      'https://github.com/homelab/cluster/edit/main/apps/mealie/catalog-info.yaml',
    );
    expect(annotations('demo')['backstage.io/source-location']).toBe(
      'url:https://github.com/homelab/cluster/tree/main/',
    );
    const onGitea = servicesToEntities({
      services,
      tree,
      repository: {
        ...DEMO,
        url: 'https://git.example.com/lab/cluster.git',
        publishType: 'gitea',
      },
    });
    expect(
      onGitea.find(e => e.metadata.name === 'llama')!.metadata.annotations,
    ).toMatchObject({
      'backstage.io/source-location':
        'url:https://git.example.com/lab/cluster/src/branch/main/apps/llama/',
      'backstage.io/edit-url':
        'https://git.example.com/lab/cluster/_edit/main/apps/llama/kustomization.yaml',
    });
  });
});
