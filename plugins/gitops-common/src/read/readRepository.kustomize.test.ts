import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

/** A plain kustomize repository: no Flux or Argo CD objects, a root kustomization listing app folders. */
const tree = new MapFileTree({
  'kustomization.yaml': 'resources:\n  - apps\n',
  'apps/kustomization.yaml': 'resources:\n  - web\n  - worker\n',
  'apps/web/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'namespace: shop',
    'commonLabels:',
    '  app.kubernetes.io/name: web',
    'resources:',
    '  - deployment.yaml',
    '  - ../shared/ingress.yaml',
    '',
  ].join('\n'),
  'apps/web/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  namespace: ignored-by-kustomize',
    '  labels:',
    '    app.kubernetes.io/part-of: shop',
    'spec:',
    '  replicas: 2',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: registry.example.com/shop/web:1.4.2',
    '          envFrom:',
    '            - secretRef:',
    '                name: web-env',
    '',
  ].join('\n'),
  'apps/shared/ingress.yaml': [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    '  name: web',
    'spec:',
    '  rules:',
    '    - host: shop.example.com',
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    '                name: web',
    '                port:',
    '                  number: 80',
    '',
  ].join('\n'),
  'apps/worker/kustomization.yaml':
    'namespace: jobs\nresources:\n  - cronjob.yaml\n',
  'apps/worker/cronjob.yaml': [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: nightly',
    'spec:',
    '  schedule: "0 3 * * *"',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '            - name: run',
    '              image: busybox:1.37@sha256:abc123',
    '',
  ].join('\n'),
  'apps/worker/notes.md': '# not YAML, ignored\n',
});

describe('readRepository: kustomize resources and namespace', () => {
  const model = readRepository(tree);

  it('makes one service per folder the root kustomization lists, with the kustomization namespace', () => {
    expect(model.warnings).toEqual([]);
    expect(model.services).toEqual([
      {
        id: 'web',
        namespace: 'shop',
        engine: 'kustomize',
        folder: 'apps/web',
        files: [
          'apps/shared/ingress.yaml',
          'apps/web/deployment.yaml',
          'apps/web/kustomization.yaml',
        ],
        workloads: [
          {
            kind: 'Deployment',
            name: 'web',
            namespace: 'shop',
            images: [
              {
                repository: 'registry.example.com/shop/web',
                tag: '1.4.2',
                raw: 'registry.example.com/shop/web:1.4.2',
              },
            ],
            replicas: 2,
            file: 'apps/web/deployment.yaml',
            line: 1,
          },
        ],
        hosts: [
          {
            host: 'shop.example.com',
            source: 'Ingress',
            file: 'apps/shared/ingress.yaml',
          },
        ],
        databases: [],
        caches: [],
        secrets: [],
        volumes: [],
        labels: { selector: { 'app.kubernetes.io/name': 'web' } },
        owners: [
          {
            key: 'app.kubernetes.io/part-of',
            value: 'shop',
            file: 'apps/web/deployment.yaml',
          },
        ],
      },
      {
        id: 'worker',
        namespace: 'jobs',
        engine: 'kustomize',
        folder: 'apps/worker',
        files: [
          'apps/worker/cronjob.yaml',
          'apps/worker/kustomization.yaml',
          'apps/worker/notes.md',
        ],
        workloads: [
          {
            kind: 'CronJob',
            name: 'nightly',
            namespace: 'jobs',
            images: [
              {
                repository: 'busybox',
                tag: '1.37',
                digest: 'sha256:abc123',
                raw: 'busybox:1.37@sha256:abc123',
              },
            ],
            file: 'apps/worker/cronjob.yaml',
            line: 1,
          },
        ],
        hosts: [],
        databases: [],
        caches: [],
        secrets: [],
        volumes: [],
        labels: {},
        owners: [],
      },
    ]);
  });

  it('warns about a listed resource that does not exist, and about a folder it does not list', () => {
    const broken = readRepository(
      tree.with([
        [
          'apps/web/kustomization.yaml',
          'resources:\n  - deployment.yaml\n  - ../shared/ingress.yaml\n  - missing.yaml\n',
        ],
        [
          'apps/extra/deployment.yaml',
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: extra\n  namespace: extra\n',
        ],
      ]),
    );
    expect(broken.warnings).toEqual([
      {
        file: 'apps/web/kustomization.yaml',
        message: "resource 'missing.yaml' does not exist",
      },
      {
        file: 'apps/extra',
        message:
          'app folder not referenced by apps/kustomization.yaml: read, though the engine does not apply it',
      },
    ]);
    expect(broken.services.map(s => [s.id, s.namespace])).toEqual([
      ['extra', 'extra'],
      ['web', 'ignored-by-kustomize'],
      ['worker', 'jobs'],
    ]);
  });

  it('applies the kustomization images: transformer, innermost first', () => {
    const overridden = readRepository(
      tree.with([
        [
          'apps/kustomization.yaml',
          'resources:\n  - web\n  - worker\nimages:\n  - name: busybox\n    newName: mirror.local/busybox\n',
        ],
        [
          'apps/worker/kustomization.yaml',
          'namespace: jobs\nresources:\n  - cronjob.yaml\nimages:\n  - name: busybox\n    newTag: "1.38"\n',
        ],
      ]),
    );
    expect(
      overridden.services.find(s => s.id === 'worker')?.workloads[0].images,
    ).toEqual([
      {
        repository: 'mirror.local/busybox',
        tag: '1.38',
        raw: 'mirror.local/busybox:1.38',
      },
    ]);
  });
});
