import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

const ks = [
  'apiVersion: kustomize.toolkit.fluxcd.io/v1',
  'kind: Kustomization',
  'metadata:',
  '  name: apps',
  '  namespace: flux-system',
  'spec:',
  '  path: ./apps',
  '  sourceRef:',
  '    kind: GitRepository',
  '    name: flux-system',
  '',
].join('\n');

const deployment = (name: string, extra: string[] = []) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${name}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: example/${name}:1.0.0`,
    ...extra,
    '',
  ].join('\n');

const SERVICE_BASE = {
  databases: [],
  caches: [],
  volumes: [],
  labels: {},
  owners: [],
  engine: 'flux',
};

describe('readRepository: tolerance', () => {
  it('warns about broken YAML, naming the file, and reads the rest', () => {
    const model = readRepository(
      new MapFileTree({
        'cluster/apps.yaml': ks,
        'apps/kustomization.yaml': 'resources:\n  - web\n',
        'apps/web/kustomization.yaml':
          'resources:\n  - deployment.yaml\n  - broken.yaml\n',
        'apps/web/deployment.yaml': deployment('web'),
        'apps/web/broken.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n',
        'apps/web/README.md': 'not: [yaml either',
      }),
    );
    expect(model.warnings).toEqual([
      {
        file: 'apps/web/broken.yaml',
        message: expect.stringMatching(/^not valid YAML: /),
      },
    ]);
    expect(
      model.services.map(s => [s.id, s.workloads.map(w => w.name)]),
    ).toEqual([['web', ['web']]]);
  });

  it('records a SOPS-encrypted file as a secret without reading its data', () => {
    const model = readRepository(
      new MapFileTree({
        'cluster/apps.yaml': ks,
        'apps/kustomization.yaml': 'resources:\n  - web\n',
        'apps/web/kustomization.yaml':
          'resources:\n  - deployment.yaml\n  - secret.sops.yaml\n',
        'apps/web/deployment.yaml': deployment('web'),
        'apps/web/secret.sops.yaml': [
          'apiVersion: v1',
          'kind: Secret',
          'metadata:',
          '  name: web-env',
          '  namespace: web',
          'stringData:',
          '  PASSWORD: ENC[AES256_GCM,data:abc=,type:str]',
          'sops:',
          '  pgp:',
          '    - fp: 269A9ADE0A611CD74CB8BC4434C257FCF9AB9265',
          '  encrypted_regex: ^(data|stringData)$',
          '',
        ].join('\n'),
        'apps/web/values.sops.yaml':
          'token: ENC[AES256_GCM,data:xyz=,type:str]\nsops:\n  age: []\n',
      }),
    );
    expect(model.warnings).toEqual([]);
    expect(model.services).toEqual([
      {
        ...SERVICE_BASE,
        id: 'web',
        namespace: 'web',
        folder: 'apps/web',
        files: [
          'apps/web/deployment.yaml',
          'apps/web/kustomization.yaml',
          'apps/web/secret.sops.yaml',
          'apps/web/values.sops.yaml',
        ],
        workloads: [
          {
            kind: 'Deployment',
            name: 'web',
            namespace: 'web',
            images: [
              {
                repository: 'example/web',
                tag: '1.0.0',
                raw: 'example/web:1.0.0',
              },
            ],
            file: 'apps/web/deployment.yaml',
            line: 1,
          },
        ],
        hosts: [],
        secrets: [
          {
            kind: 'SopsFile',
            name: 'web-env',
            namespace: 'web',
            file: 'apps/web/secret.sops.yaml',
          },
          {
            kind: 'SopsFile',
            name: 'values.sops',
            file: 'apps/web/values.sops.yaml',
          },
        ],
      },
    ]);
  });

  it('reads a file with a duplicate anchor leniently, with a warning', () => {
    const model = readRepository(
      new MapFileTree({
        'cluster/apps.yaml': ks,
        'apps/kustomization.yaml': 'resources:\n  - web\n',
        'apps/web/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'apps/web/deployment.yaml': deployment('web', [
          '          ports:',
          '            - containerPort: &port 8080',
          '          readinessProbe:',
          '            httpGet:',
          '              port: *port',
          '          livenessProbe:',
          '            httpGet:',
          '              port: &port 9090',
        ]),
      }),
    );
    expect(model.warnings).toEqual([
      {
        file: 'apps/web/deployment.yaml',
        message:
          'duplicate YAML anchor &port: read leniently (the last definition wins), but strict YAML parsers refuse this file',
      },
    ]);
    expect(model.services.map(s => s.workloads[0].images[0].raw)).toEqual([
      'example/web:1.0.0',
    ]);
  });

  it('skips Helm templates in chart folders but reads the chart values', () => {
    const model = readRepository(
      new MapFileTree({
        'cluster/apps.yaml': ks,
        'apps/kustomization.yaml': 'resources:\n  - web\n',
        'apps/web/kustomization.yaml': 'resources:\n  - release.yaml\n',
        'apps/web/release.yaml': [
          'apiVersion: helm.toolkit.fluxcd.io/v2',
          'kind: HelmRelease',
          'metadata:',
          '  name: web',
          '  namespace: releases',
          'spec:',
          '  chart:',
          '    spec:',
          '      chart: ./charts/web',
          '      sourceRef:',
          '        kind: GitRepository',
          '        name: flux-system',
          '        namespace: flux-system',
          '  values:',
          '    image:',
          '      tag: 2.0.0',
          '',
        ].join('\n'),
        'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.3.0\n',
        'charts/web/values.yaml':
          'image:\n  repository: example/web\n  tag: latest\nhosts:\n  - web.example.com\n',
        'charts/web/templates/deployment.yaml': [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: {{ .Release.Name }}',
          '  namespace: {{ .Release.Name }}',
          '{{- if .Values.extra }}',
          '  {{ toYaml .Values.extra }}',
          '{{- end }}',
          '',
        ].join('\n'),
        'charts/web/templates/ingress.yaml':
          '{{- range .Values.hosts }}\n- host: {{ . }}\n{{- end }}\n',
      }),
    );
    expect(model.warnings).toEqual([]);
    expect(
      model.services.map(s => [
        s.id,
        s.namespace,
        s.workloads[0].images.map(i => i.raw),
        s.hosts.map(h => h.host),
      ]),
    ).toEqual([['web', 'web', ['example/web:2.0.0'], ['web.example.com']]]);
    expect(model.services[0].workloads[0]).toMatchObject({
      releaseNamespace: 'web',
      chart: {
        name: 'web',
        version: '0.3.0',
        sourceKind: 'GitRepository',
        localPath: 'charts/web',
      },
      controllers: [{ kind: 'Deployment', name: 'web' }],
    });
  });

  it('never throws on odd input', () => {
    expect(() =>
      readRepository(
        new MapFileTree({
          'a.yaml': '',
          'b.yaml': '---\n---\n',
          'c.yaml': '- just\n- a list\n',
          'd.yaml':
            'kind: Kustomization\napiVersion: kustomize.toolkit.fluxcd.io/v1\nmetadata: {name: x}\nspec: {path: ../../outside}\n',
          'e.yaml':
            'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: loop}\nspec: {path: ./}\n',
          'kustomization.yaml':
            'resources:\n  - .\n  - https://github.com/x/y//base?ref=v1\n',
        }),
      ),
    ).not.toThrow();
  });
});
