import {
  MapFileTree,
  ServiceModel,
  ServiceWorkload,
} from '@homeport/plugin-gitops-common';
import { componentType } from './componentType';
import { servicesToEntities } from './servicesToEntities';
import { groupSystems } from './systems';

function workload(
  kind: ServiceWorkload['kind'],
  extra: Partial<ServiceWorkload> = {},
): ServiceWorkload {
  return { kind, name: 'w', images: [], file: 'apps/x/w.yaml', ...extra };
}

function service(id: string, extra: Partial<ServiceModel> = {}): ServiceModel {
  return {
    id,
    namespace: id,
    engine: 'argocd',
    folder: `apps/${id}`,
    files: [`apps/${id}/deployment.yaml`],
    workloads: [workload('Deployment', { file: `apps/${id}/deployment.yaml` })],
    hosts: [],
    databases: [],
    caches: [],
    secrets: [],
    volumes: [],
    labels: {},
    owners: [],
    ...extra,
  };
}

describe('component types', () => {
  const tree = new MapFileTree({
    'apps/api/deployment.yaml':
      'kind: Deployment\n---\n# the service\nkind: Service\n',
    'apps/worker/deployment.yaml': 'kind: Deployment\nspec:\n  kind: Service\n',
  });

  it('tells GPU workloads, websites, services and workers apart', () => {
    const host = {
      host: 'a.example.com',
      source: 'Ingress' as const,
      file: 'x',
    };
    expect(
      componentType(
        service('gpu', {
          workloads: [
            workload('Deployment', {
              gpu: [{ resource: 'amd.com/gpu', count: 1 }],
            }),
          ],
        }),
        tree,
      ),
    ).toBe('gpu-workload');
    expect(
      componentType(
        service('dri', {
          workloads: [
            workload('Deployment', {
              privileged: true,
              hostDevices: ['/dev/dri'],
            }),
          ],
        }),
        tree,
      ),
    ).toBe('gpu-workload');
    expect(componentType(service('site', { hosts: [host] }), tree)).toBe(
      'website',
    );
    expect(
      componentType(
        service('app', {
          hosts: [host],
          caches: [{ kind: 'redis', name: 'r', file: 'x' }],
        }),
        tree,
      ),
    ).toBe('service');
    expect(componentType(service('api'), tree)).toBe('service');
    expect(componentType(service('worker'), tree)).toBe('worker');
    expect(
      componentType(
        service('chart', { workloads: [workload('HelmRelease')] }),
        tree,
      ),
    ).toBe('service');
    expect(
      componentType(
        service('batch', { workloads: [workload('CronJob')] }),
        tree,
      ),
    ).toBe('worker');
  });
});

describe('systems', () => {
  it('groups by part-of label, then by shared namespace, else the repository', () => {
    const partOf = (value: string) => [
      { key: 'app.kubernetes.io/part-of', value, file: 'x' },
    ];
    const { systems, systemOf } = groupSystems(
      [
        service('jellyfin', { namespace: 'media' }),
        service('sonarr', { namespace: 'media' }),
        service('immich-server', {
          namespace: 'media',
          owners: partOf('immich'),
        }),
        service('immich-ml', { namespace: 'ai', owners: partOf('immich') }),
        service('vllm', { namespace: 'ai' }),
        service('solo', { owners: partOf('solo') }),
      ],
      'lab',
    );
    expect(systems.map(s => [s.name, s.by])).toEqual([
      ['lab', 'repository'],
      ['lab-media', 'namespace'],
      ['lab-immich', 'application'],
    ]);
    expect(Object.fromEntries(systemOf)).toEqual({
      jellyfin: 'lab-media',
      sonarr: 'lab-media',
      'immich-server': 'lab-immich',
      'immich-ml': 'lab-immich',
      vllm: 'lab',
      solo: 'lab',
    });
  });

  it('shares a Resource used by several services once, owned by their common owner or the default', () => {
    const shared = {
      kind: 'shared-postgres' as const,
      name: 'pg-media',
      namespace: 'databases',
      file: 'db/pg-media.yaml',
    };
    const owned = (value: string) => [{ key: 'team', value, file: 'x' }];
    const entities = servicesToEntities({
      services: [
        service('jellyfin', {
          namespace: 'media',
          databases: [shared],
          owners: owned('media'),
        }),
        service('sonarr', {
          namespace: 'media',
          databases: [shared],
          owners: owned('media'),
        }),
        service('immich', {
          namespace: 'photos',
          databases: [shared],
          owners: owned('photos'),
        }),
      ],
      tree: new MapFileTree({}),
      repository: {
        id: 'lab',
        url: 'https://github.com/o/lab',
        branch: 'main',
        defaultOwner: 'group:default/platform',
      },
    });
    const refs = entities.map(e => `${e.kind}:${e.metadata.name}`);
    expect(refs).toEqual([
      'Component:jellyfin',
      'Component:sonarr',
      'Component:immich',
      'Resource:databases-pg-media',
      'System:lab',
      'System:lab-media',
    ]);
    expect(entities[3].spec).toEqual({
      type: 'database',
      owner: 'group:default/platform',
      system: 'lab',
      dependencyOf: [
        'component:default/jellyfin',
        'component:default/sonarr',
        'component:default/immich',
      ],
    });
    expect(entities[0].spec).toMatchObject({
      system: 'lab-media',
      dependsOn: ['resource:default/databases-pg-media'],
    });
    expect(entities[5].spec).toEqual({ owner: 'group:default/media' });
  });
});
