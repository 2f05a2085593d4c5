import { stringify } from 'yaml';
import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

const fluxApps = stringify({
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  metadata: { name: 'apps', namespace: 'flux-system' },
  spec: {
    path: './apps',
    sourceRef: { kind: 'GitRepository', name: 'flux-system' },
  },
});

function deployment(name: string, namespace: string, env: string[] = []) {
  return stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name,
              image: `example/${name}:1.0.0`,
              env: env.map((value, i) => ({ name: `E${i}`, value })),
            },
          ],
        },
      },
    },
  });
}

describe('readRepository: companion folders', () => {
  const tree = new MapFileTree({
    'clusters/main/apps.yaml': fluxApps,
    'apps/kustomization.yaml': stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [
        'web',
        'web-proxy',
        'radarr',
        'radarr-4k',
        'cache',
        'cache-exporter',
        'api',
        'api-gateway',
      ],
    }),
    'apps/web/deployment.yaml': deployment('web', 'web'),
    // Calls web by its in-cluster name in web's namespace: part of web.
    'apps/web-proxy/deployment.yaml': deployment('web-proxy', 'web', [
      'http://web.web.svc.cluster.local:8080/crawl',
    ]),
    'apps/radarr/deployment.yaml': deployment('radarr', 'media'),
    // A second instance: same namespace, but it does not call radarr.
    'apps/radarr-4k/deployment.yaml': deployment('radarr-4k', 'media'),
    'apps/cache/deployment.yaml': deployment('cache', 'cache'),
    // Calls cache, but runs in another namespace: a service of its own.
    'apps/cache-exporter/deployment.yaml': deployment(
      'cache-exporter',
      'monitoring',
      ['redis://cache.cache.svc:6379'],
    ),
    'apps/api/deployment.yaml': deployment('api', 'api'),
    // Calls api but defines its namespace: a service of its own.
    'apps/api-gateway/deployment.yaml': [
      stringify({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'api' },
      }),
      deployment('api-gateway', 'api', ['api:8080']),
    ].join('---\n'),
  });
  const model = readRepository(tree);

  it('joins a sibling folder that calls the app in its namespace, and only that one', () => {
    expect(model.services.map(s => s.id)).toEqual([
      'api',
      'api-gateway',
      'cache',
      'cache-exporter',
      'radarr',
      'radarr-4k',
      'web',
    ]);
    const web = model.services.find(s => s.id === 'web')!;
    expect(web.folder).toBe('apps/web');
    expect(web.files).toEqual([
      'apps/web-proxy/deployment.yaml',
      'apps/web/deployment.yaml',
    ]);
    expect(
      web.workloads.map(w => `${w.kind}/${w.name} ${w.namespace}`),
    ).toEqual(['Deployment/web-proxy web', 'Deployment/web web']);
  });
});
