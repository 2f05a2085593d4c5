import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

const REPO = 'https://github.com/example/homelab.git';

function application(name: string, spec: string[]): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${name}`,
    '  namespace: argocd',
    'spec:',
    ...spec,
    '',
  ].join('\n');
}

/** rrumana-style Argo CD: an app of apps, raw-manifest apps, a multi-source chart app, an ApplicationSet. */
const tree = new MapFileTree({
  'bootstrap/root.yaml': application('root', [
    '  source:',
    `    repoURL: ${REPO}`,
    '    path: argocd/apps',
    '  destination:',
    '    namespace: argocd',
  ]),
  'argocd/apps/kustomization.yaml':
    'resources:\n  - vaultwarden.yaml\n  - nextcloud.yaml\n  - tools.yaml\n',
  'argocd/apps/vaultwarden.yaml': application('vaultwarden', [
    '  source:',
    `    repoURL: ${REPO}`,
    '    path: apps/productivity/vaultwarden',
    '  destination:',
    '    namespace: productivity',
  ]),
  'argocd/apps/nextcloud.yaml': application('nextcloud', [
    '  sources:',
    '    - repoURL: https://nextcloud.github.io/helm/',
    '      chart: nextcloud',
    '      targetRevision: 9.0.5',
    '      helm:',
    '        valueFiles:',
    '          - $values/apps/productivity/nextcloud/values.yaml',
    `    - repoURL: ${REPO}`,
    '      ref: values',
    '  destination:',
    '    namespace: productivity',
  ]),
  'argocd/apps/tools.yaml': [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: ApplicationSet',
    'metadata:',
    '  name: tools',
    'spec:',
    '  generators:',
    '    - git:',
    `        repoURL: ${REPO}`,
    '        directories:',
    '          - path: apps/tools/*',
    '          - path: apps/tools/old',
    '            exclude: true',
    '  template:',
    '    metadata:',
    "      name: '{{path.basename}}'",
    '    spec:',
    '      source:',
    `        repoURL: ${REPO}`,
    "        path: '{{path}}'",
    '      destination:',
    "        namespace: 'tools-{{path.basename}}'",
    '',
  ].join('\n'),
  'apps/productivity/vaultwarden/kustomization.yaml':
    'resources:\n  - deployment.yaml\n',
  'apps/productivity/vaultwarden/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: vaultwarden',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: vaultwarden',
    '          image: vaultwarden/server:1.35.4',
    '',
  ].join('\n'),
  'apps/productivity/nextcloud/values.yaml': [
    'image:',
    '  repository: nextcloud',
    '  tag: 33.0.0-apache',
    'ingress:',
    '  enabled: true',
    'externalDatabase:',
    '  host: pg-rw.databases.svc.cluster.local',
    '',
  ].join('\n'),
  'apps/tools/echo/deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: echo\nspec:\n  template:\n    spec:\n      containers:\n        - name: echo\n          image: ealen/echo-server:0.9.2\n',
  'apps/tools/old/deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: old\n',
});

describe('readRepository: Argo CD destination namespace', () => {
  const model = readRepository(tree);

  it('puts objects without a namespace into the destination namespace, one service per Application', () => {
    expect(model.warnings).toEqual([]);
    expect(
      model.services.map(s => [s.id, s.namespace, s.engine, s.folder]),
    ).toEqual([
      ['echo', 'tools-echo', 'argocd', 'apps/tools/echo'],
      ['nextcloud', 'productivity', 'argocd', 'apps/productivity/nextcloud'],
      [
        'vaultwarden',
        'productivity',
        'argocd',
        'apps/productivity/vaultwarden',
      ],
    ]);
    expect(model.services.find(s => s.id === 'vaultwarden')).toEqual({
      id: 'vaultwarden',
      namespace: 'productivity',
      engine: 'argocd',
      folder: 'apps/productivity/vaultwarden',
      files: [
        'apps/productivity/vaultwarden/deployment.yaml',
        'apps/productivity/vaultwarden/kustomization.yaml',
        'argocd/apps/vaultwarden.yaml',
      ],
      workloads: [
        {
          kind: 'Deployment',
          name: 'vaultwarden',
          namespace: 'productivity',
          images: [
            {
              repository: 'vaultwarden/server',
              tag: '1.35.4',
              raw: 'vaultwarden/server:1.35.4',
            },
          ],
          file: 'apps/productivity/vaultwarden/deployment.yaml',
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
    });
  });

  it('reads a multi-source chart with its $values file', () => {
    expect(model.services.find(s => s.id === 'nextcloud')).toEqual({
      id: 'nextcloud',
      namespace: 'productivity',
      engine: 'argocd',
      folder: 'apps/productivity/nextcloud',
      files: [
        'apps/productivity/nextcloud/values.yaml',
        'argocd/apps/nextcloud.yaml',
      ],
      workloads: [
        {
          kind: 'Application',
          name: 'nextcloud',
          namespace: 'argocd',
          releaseNamespace: 'productivity',
          chart: {
            name: 'nextcloud',
            version: '9.0.5',
            sourceKind: 'ArgoHelm',
            sourceUrl: 'https://nextcloud.github.io/helm/',
          },
          images: [
            {
              repository: 'nextcloud',
              tag: '33.0.0-apache',
              raw: 'nextcloud:33.0.0-apache',
            },
          ],
          file: 'argocd/apps/nextcloud.yaml',
          line: 1,
        },
      ],
      hosts: [],
      databases: [],
      caches: [],
      secrets: [],
      volumes: [],
      labels: { selector: { 'app.kubernetes.io/instance': 'nextcloud' } },
      owners: [],
    });
  });
});
