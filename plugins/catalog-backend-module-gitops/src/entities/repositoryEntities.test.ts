import { MapFileTree, readRepository } from '@homeport/plugin-gitops-common';
import { validateEntity } from '../__testUtils__/validateEntity';
import { servicesToEntities } from './servicesToEntities';

const REPOSITORY = {
  id: 'charts',
  url: 'https://example.com/acme/charts.git',
  branch: 'main',
  defaultOwner: 'group:default/platform',
};

describe('the repository System carries what the read did not understand', () => {
  const tree = new MapFileTree({
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.0\n',
    'jsonnet/app.jsonnet': '{}\n',
  });
  const model = readRepository(tree);

  it('as the homeport.dev/understanding annotation, JSON of the report', () => {
    const entities = servicesToEntities({
      services: model.services,
      tree,
      repository: REPOSITORY,
      understanding: model.understanding,
    });
    const system = entities.find(e => e.kind === 'System')!;
    expect(
      JSON.parse(system.metadata.annotations!['homeport.dev/understanding']),
    ).toEqual({
      status: 'partly',
      found: [{ entryPoint: 'Helm chart folder', count: 1 }],
      notUnderstood: [
        {
          path: 'jsonnet',
          what: 'Jsonnet',
          why: 'Jsonnet is not rendered (app.jsonnet)',
        },
        {
          path: 'charts/web',
          what: 'Helm chart',
          why: "chart 'web' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
        },
      ],
    });
    expect(() => validateEntity(system)).not.toThrow();
    expect(
      entities
        .filter(e => e.kind === 'Component')
        .map(e => e.metadata.annotations?.['homeport.dev/understanding']),
    ).toEqual([undefined]);
  });

  it('not when everything was understood', () => {
    const understood = readRepository(
      new MapFileTree({
        'apps/a/deploy.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.27.0\n',
      }),
    );
    expect(understood.understanding.status).toBe('understood');
    const system = servicesToEntities({
      services: understood.services,
      tree,
      repository: REPOSITORY,
      understanding: understood.understanding,
    }).find(e => e.kind === 'System')!;
    expect(system.metadata.annotations).not.toHaveProperty(
      'homeport.dev/understanding',
    );
  });

  it('prefixes generated Component and Resource names with the repository entityNamePrefix', () => {
    const entities = servicesToEntities({
      services: model.services,
      tree,
      repository: { ...REPOSITORY, entityNamePrefix: 'lab-' },
    });
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'Component:lab-web',
      'System:charts',
    ]);
  });

  it('marks the cluster of a service of a two-cluster repository', () => {
    const ks = (cluster: string) =>
      [
        'apiVersion: kustomize.toolkit.fluxcd.io/v1',
        'kind: Kustomization',
        'metadata:',
        '  name: apps',
        '  namespace: flux-system',
        'spec:',
        `  path: ./apps/${cluster}`,
        '  sourceRef:',
        '    kind: GitRepository',
        '    name: flux-system',
        '',
      ].join('\n');
    const deployment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27.0\n';
    const clusters = new MapFileTree({
      'clusters/production/apps.yaml': ks('production'),
      'clusters/staging/apps.yaml': ks('staging'),
      'apps/production/web.yaml': deployment,
      'apps/staging/web.yaml': deployment,
    });
    const read = readRepository(clusters);
    const components = servicesToEntities({
      services: read.services,
      tree: clusters,
      repository: REPOSITORY,
    }).filter(e => e.kind === 'Component');
    expect(
      components.map(c => [
        c.metadata.name,
        c.metadata.annotations?.['homeport.dev/cluster'],
      ]),
    ).toEqual([
      ['apps-production', 'production'],
      ['apps-staging', 'staging'],
    ]);
  });
});
