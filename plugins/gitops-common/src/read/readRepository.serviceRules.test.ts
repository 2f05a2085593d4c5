import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

const fluxApps = [
  'apiVersion: kustomize.toolkit.fluxcd.io/v1',
  'kind: Kustomization',
  'metadata:',
  '  name: apps',
  'spec:',
  '  path: ./apps',
  '  sourceRef:',
  '    kind: GitRepository',
  '    name: flux-system',
  '',
].join('\n');

function deployment(
  name: string,
  selector: string,
  labels: string[] = [],
): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    '  namespace: ai',
    ...(labels.length ? ['  labels:', ...labels.map(l => `    ${l}`)] : []),
    'spec:',
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${selector}`,
    ...labels.map(l => `        ${l}`),
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: example/${name}:1.0`,
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name === 'engine' ? 'ai' : name}`,
    '  namespace: ai',
    'spec:',
    '  selector:',
    `    app: ${selector}`,
    '',
  ].join('\n');
}

const ingress = (
  name: string,
  namespace: string,
  host: string,
  backend: string,
) =>
  [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    '  rules:',
    `    - host: ${host}`,
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    `                name: ${backend}`,
    '                port:',
    '                  number: 80',
    '',
  ].join('\n');

describe('readRepository: several services in one folder', () => {
  const files = {
    'cluster/apps.yaml': fluxApps,
    'apps/kustomization.yaml': 'resources:\n  - ai\n',
    'apps/ai/kustomization.yaml':
      'resources:\n  - engine.yaml\n  - proxy.yaml\n  - ingress.yaml\n',
    'apps/ai/engine.yaml': deployment('engine', 'engine'),
    'apps/ai/proxy.yaml': deployment('proxy', 'proxy'),
    'apps/ai/ingress.yaml': ingress('ai', 'ai', 'ai.example.com', 'proxy'),
  };

  it('splits pod controllers with their own files and identities; the one the folder-named Service selects keeps the folder name', () => {
    const model = readRepository(new MapFileTree(files));
    expect(
      model.services.map(s => [
        s.id,
        s.workloads.map(w => w.name),
        s.hosts.map(h => h.host),
        s.files,
      ]),
    ).toEqual([
      // The folder's service keeps every file of the folder; the others list the files of their objects.
      [
        'ai',
        ['engine'],
        [],
        [
          'apps/ai/engine.yaml',
          'apps/ai/ingress.yaml',
          'apps/ai/kustomization.yaml',
          'apps/ai/proxy.yaml',
        ],
      ],
      [
        'proxy',
        ['proxy'],
        ['ai.example.com'],
        [
          'apps/ai/ingress.yaml',
          'apps/ai/kustomization.yaml',
          'apps/ai/proxy.yaml',
        ],
      ],
    ]);
  });

  it('keeps them together when a kubernetes-id label, or the kustomization, says they are one app', () => {
    const labelled = readRepository(
      new MapFileTree({
        ...files,
        'apps/ai/engine.yaml': deployment('engine', 'engine', [
          'backstage.io/kubernetes-id: ai',
        ]),
        'apps/ai/proxy.yaml': deployment('proxy', 'proxy', [
          'backstage.io/kubernetes-id: ai',
        ]),
      }),
    );
    expect(
      labelled.services.map(s => [
        s.id,
        s.workloads.map(w => w.name),
        s.labels,
      ]),
    ).toEqual([
      [
        'ai',
        ['engine', 'proxy'],
        {
          kubernetesId: 'ai',
          selector: { 'backstage.io/kubernetes-id': 'ai' },
        },
      ],
    ]);
    const common = readRepository(
      new MapFileTree({
        ...files,
        'apps/ai/kustomization.yaml':
          'commonLabels:\n  app.kubernetes.io/name: ai\nresources:\n  - engine.yaml\n  - proxy.yaml\n  - ingress.yaml\n',
      }),
    );
    expect(
      common.services.map(s => [s.id, s.workloads.map(w => w.name)]),
    ).toEqual([['ai', ['engine', 'proxy']]]);
  });
});

describe('readRepository: objects kept away from their app', () => {
  const app = (name: string, path: string, namespace: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  source:',
      `    path: ${path}`,
      '  destination:',
      `    namespace: ${namespace}`,
      '',
    ].join('\n');

  it('gives a shared ingress to the service of its backend, and variant folders to their parent', () => {
    const model = readRepository(
      new MapFileTree({
        'argocd/web.yaml': app('web', 'apps/web/prod', 'web'),
        'argocd/web-staging.yaml': app(
          'web-staging',
          'apps/web/staging',
          'web',
        ),
        'argocd/shared-ingress.yaml': app(
          'shared-ingress',
          'ingress',
          'ingress',
        ),
        'apps/web/prod/deployment.yaml': deployment('web', 'web').replace(
          /namespace: ai/g,
          'namespace: web',
        ),
        'apps/web/staging/deployment.yaml': deployment(
          'web-staging',
          'web-staging',
        ).replace(/namespace: ai/g, 'namespace: web'),
        'ingress/web.yaml': ingress('web', 'web', 'web.example.com', 'web'),
        'ingress/web-staging.yaml': ingress(
          'web-staging',
          'web',
          'staging.example.com',
          'web-staging',
        ),
        'ingress/grafana.yaml': ingress(
          'grafana',
          'monitoring',
          'grafana.example.com',
          'grafana',
        ),
      }),
    );
    expect(model.warnings).toEqual([]);
    expect(
      model.services.map(s => [
        s.id,
        s.folder,
        s.workloads.map(w => w.name),
        s.hosts.map(h => h.host),
      ]),
    ).toEqual([
      ['shared-ingress', 'ingress', [], ['grafana.example.com']],
      [
        'web',
        'apps/web',
        ['web', 'web-staging'],
        ['staging.example.com', 'web.example.com'],
      ],
    ]);
    expect(model.services[1].files).toEqual([
      'apps/web/prod/deployment.yaml',
      'apps/web/staging/deployment.yaml',
      'argocd/web-staging.yaml',
      'argocd/web.yaml',
      'ingress/web-staging.yaml',
      'ingress/web.yaml',
    ]);
  });
});
