import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createSchemaValidator } from './createSchemaValidator';
import { TEST_SCHEMA_DIR } from './testSchemaDir';
import { SchemaValidator, ValidationIssue } from './types';

type Obj = Record<string, any>;

const FIXTURES = path.join(__dirname, '__fixtures__', 'valid');
const fixtureFiles = ['core.yaml', 'apps.yaml', 'flux.yaml', 'operators.yaml'];
const fixtures: Obj[] = fixtureFiles.flatMap(file =>
  parseAllDocuments(readFileSync(path.join(FIXTURES, file), 'utf8')).map(
    d => d.toJS() as Obj,
  ),
);

/** A deep copy of the valid fixture of a kind (and name, if several). */
function fixture(apiVersion: string, kind: string, name?: string): Obj {
  const found = fixtures.find(
    f =>
      f.apiVersion === apiVersion &&
      f.kind === kind &&
      (name === undefined || f.metadata.name === name),
  );
  if (!found) throw new Error(`no fixture ${apiVersion} ${kind} ${name ?? ''}`);
  return structuredClone(found);
}

let validator: SchemaValidator;
beforeAll(async () => {
  validator = await createSchemaValidator({ schemaDir: TEST_SCHEMA_DIR });
});

describe('valid objects', () => {
  const expectedKinds = [
    'v1/Namespace',
    'apps/v1/Deployment',
    'apps/v1/StatefulSet',
    'v1/Service',
    'networking.k8s.io/v1/Ingress',
    'v1/PersistentVolume',
    'v1/PersistentVolumeClaim',
    'v1/ConfigMap',
    'v1/ServiceAccount',
    'autoscaling/v2/HorizontalPodAutoscaler',
    'policy/v1/PodDisruptionBudget',
    'source.toolkit.fluxcd.io/v1/HelmRepository',
    'source.toolkit.fluxcd.io/v1/GitRepository',
    'source.toolkit.fluxcd.io/v1/OCIRepository',
    'helm.toolkit.fluxcd.io/v2/HelmRelease',
    'kustomize.toolkit.fluxcd.io/v1/Kustomization',
    'postgresql.cnpg.io/v1/Cluster',
    'local.openebs.io/v1alpha1/LVMVolume',
    'secrets.hashicorp.com/v1beta1/VaultAuth',
    'secrets.hashicorp.com/v1beta1/VaultStaticSecret',
    'external-secrets.io/v1/ExternalSecret',
    'argoproj.io/v1alpha1/Application',
    'gateway.networking.k8s.io/v1/HTTPRoute',
    'redis.redis.opstreelabs.in/v1beta2/RedisReplication',
    'redis.redis.opstreelabs.in/v1beta2/Redis',
  ];

  it('cover every kind in the list', () => {
    const covered = new Set(fixtures.map(f => `${f.apiVersion}/${f.kind}`));
    expect(expectedKinds.filter(k => !covered.has(k))).toEqual([]);
  });

  it.each(
    fixtures.map(f => [`${f.apiVersion} ${f.kind} ${f.metadata.name}`, f]),
  )('%s passes', (_label, obj) => {
    expect(validator.validate(obj)).toEqual([]);
  });

  it.each(fixtureFiles)('%s passes through validateDocuments', file => {
    const results = validator.validateDocuments(
      readFileSync(path.join(FIXTURES, file), 'utf8'),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.flatMap(r => r.issues)).toEqual([]);
  });
});

describe('broken objects give exact issues', () => {
  const cases: Array<[string, () => Obj, ValidationIssue[]]> = [
    [
      'Deployment: unknown field in a container',
      () => {
        const d = fixture('apps/v1', 'Deployment');
        d.spec.template.spec.containers[0].imagePullPolice = 'Always';
        return d;
      },
      [
        {
          path: 'spec.template.spec.containers[0].imagePullPolice',
          message: 'unknown field "imagePullPolice"',
        },
      ],
    ],
    [
      'Deployment: replicas as a string',
      () => {
        const d = fixture('apps/v1', 'Deployment');
        d.spec.replicas = '3';
        return d;
      },
      [{ path: 'spec.replicas', message: 'must be integer, got string' }],
    ],
    [
      'Deployment: container without name, bad pull policy, int32 overflow',
      () => {
        const d = fixture('apps/v1', 'Deployment');
        delete d.spec.template.spec.containers[0].name;
        d.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes';
        d.spec.revisionHistoryLimit = 3000000000;
        return d;
      },
      [
        {
          path: 'spec.revisionHistoryLimit',
          message: '3000000000 is out of range for int32',
        },
        {
          path: 'spec.template.spec.containers[0].imagePullPolicy',
          message:
            'unsupported value "Sometimes"; must be one of "Always", "Never", "IfNotPresent"',
        },
        {
          path: 'spec.template.spec.containers[0].name',
          message: 'missing required field "name"',
        },
      ],
    ],
    [
      'Deployment: bad name, bad namespace, bad label, null list, int-or-string as boolean',
      () => {
        const d = fixture('apps/v1', 'Deployment');
        d.metadata.name = 'Shop_App';
        d.metadata.namespace = 'shop.prod';
        d.metadata.labels['app.kubernetes.io/version'] = 'v1 beta';
        d.spec.strategy.rollingUpdate.maxSurge = true;
        d.spec.template.spec.volumes = null;
        return d;
      },
      [
        {
          path: 'metadata.labels["app.kubernetes.io/version"]',
          message:
            "\"v1 beta\" is not a valid label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)",
        },
        {
          path: 'spec.strategy.rollingUpdate.maxSurge',
          message: 'must be integer or string, got boolean',
        },
        {
          path: 'spec.template.spec.volumes',
          message: 'must be array, got null',
        },
        {
          path: 'metadata.name',
          message:
            "\"Shop_App\" is not a valid DNS-1123 subdomain (at most 253 lowercase letters, digits, '-' or '.', starting and ending with a letter or digit)",
        },
        {
          path: 'metadata.namespace',
          message:
            '"shop.prod" is not a valid DNS-1123 label (at most 63 lowercase letters, digits or \'-\', starting and ending with a letter or digit)',
        },
      ],
    ],
    [
      'Deployment: duplicate container names',
      () => {
        const d = fixture('apps/v1', 'Deployment');
        d.spec.template.spec.containers.push({
          name: 'shop',
          image: 'busybox',
        });
        return d;
      },
      [
        {
          path: 'spec.template.spec.containers[1]',
          message: 'duplicate entry with name "shop"',
        },
      ],
    ],
    [
      'Service: bad type enum, name not a DNS-1035 label',
      () => {
        const s = fixture('v1', 'Service');
        s.spec.type = 'LoadBalancr';
        s.metadata.name = '1shop';
        return s;
      },
      [
        {
          path: 'spec.type',
          message:
            'unsupported value "LoadBalancr"; must be one of "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"',
        },
        {
          path: 'metadata.name',
          message:
            '"1shop" is not a valid DNS-1035 label (at most 63 lowercase letters, digits or \'-\', starting with a letter and ending with a letter or digit)',
        },
      ],
    ],
    [
      'PersistentVolumeClaim: bad quantity',
      () => {
        const p = fixture('v1', 'PersistentVolumeClaim');
        p.spec.resources.requests.storage = '10 GB';
        return p;
      },
      [
        {
          path: 'spec.resources.requests.storage',
          message:
            '"10 GB" is not a valid quantity (expected a number with an optional suffix, e.g. 500m, 2, 1.5Gi, 10G)',
        },
      ],
    ],
    [
      'Namespace: name with upper case and no metadata.name elsewhere',
      () => {
        const n = fixture('v1', 'Namespace');
        n.metadata.name = 'Shop';
        return n;
      },
      [
        {
          path: 'metadata.name',
          message:
            '"Shop" is not a valid DNS-1123 label (at most 63 lowercase letters, digits or \'-\', starting and ending with a letter or digit)',
        },
      ],
    ],
    [
      'ConfigMap: missing metadata.name, non-string data, bad base64',
      () => {
        const c = fixture('v1', 'ConfigMap');
        delete c.metadata.name;
        c.data.RETRIES = 3;
        c.binaryData['logo.png'] = 'not base64!';
        return c;
      },
      [
        { path: 'data.RETRIES', message: 'must be string, got integer' },
        {
          path: 'binaryData["logo.png"]',
          message: '"not base64!" is not base64-encoded',
        },
        { path: 'metadata.name', message: 'missing required field "name"' },
      ],
    ],
    [
      'HorizontalPodAutoscaler: bad metric type',
      () => {
        const h = fixture('autoscaling/v2', 'HorizontalPodAutoscaler');
        h.spec.metrics[0].type = 'Memory';
        return h;
      },
      [
        {
          path: 'spec.metrics[0].type',
          message:
            'unsupported value "Memory"; must be one of "ContainerResource", "External", "Object", "Pods", "Resource"',
        },
      ],
    ],
    [
      'HelmRelease: missing interval, unknown field, bad duration pattern',
      () => {
        const h = fixture('helm.toolkit.fluxcd.io/v2', 'HelmRelease');
        delete h.spec.interval;
        h.spec.chart.spec.valuesFile = 'values.yaml';
        h.spec.timeout = '5 minutes';
        return h;
      },
      [
        {
          path: 'spec.timeout',
          message:
            '"5 minutes" does not match pattern ^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$',
        },
        {
          path: 'spec.chart.spec.valuesFile',
          message: 'unknown field "valuesFile"',
        },
        { path: 'spec.interval', message: 'missing required field "interval"' },
      ],
    ],
    [
      'HelmRepository: bad type enum',
      () => {
        const r = fixture(
          'source.toolkit.fluxcd.io/v1',
          'HelmRepository',
          'podinfo',
        );
        r.spec.type = 'git';
        return r;
      },
      [
        {
          path: 'spec.type',
          message: 'unsupported value "git"; must be one of "default", "oci"',
        },
      ],
    ],
    [
      'Kustomization: prune as a string, unknown source kind',
      () => {
        const k = fixture('kustomize.toolkit.fluxcd.io/v1', 'Kustomization');
        k.spec.prune = 'true';
        k.spec.sourceRef.kind = 'HelmRepository';
        return k;
      },
      [
        { path: 'spec.prune', message: 'must be boolean, got string' },
        {
          path: 'spec.sourceRef.kind',
          message:
            'unsupported value "HelmRepository"; must be one of "OCIRepository", "GitRepository", "Bucket", "ExternalArtifact"',
        },
      ],
    ],
    [
      'CNPG Cluster: zero instances, bad quantity in a CRD',
      () => {
        const c = fixture('postgresql.cnpg.io/v1', 'Cluster');
        c.spec.instances = 0;
        c.spec.resources.requests.memory = '512 MB';
        return c;
      },
      [
        { path: 'spec.instances', message: 'must be at least 1 (got 0)' },
        {
          path: 'spec.resources.requests.memory',
          message:
            '"512 MB" is not a valid quantity (expected a number with an optional suffix, e.g. 500m, 2, 1.5Gi, 10G)',
        },
      ],
    ],
    [
      'LVMVolume: missing required field, bad enum',
      () => {
        const l = fixture('local.openebs.io/v1alpha1', 'LVMVolume');
        delete l.spec.vgPattern;
        l.spec.shared = true;
        return l;
      },
      [
        { path: 'spec.shared', message: 'must be string, got boolean' },
        {
          path: 'spec.vgPattern',
          message: 'missing required field "vgPattern"',
        },
      ],
    ],
    [
      'VaultStaticSecret: bad type enum, bad refreshAfter',
      () => {
        const v = fixture('secrets.hashicorp.com/v1beta1', 'VaultStaticSecret');
        v.spec.type = 'kv-v3';
        v.spec.refreshAfter = '1h30m';
        return v;
      },
      [
        {
          path: 'spec.type',
          message: 'unsupported value "kv-v3"; must be one of "kv-v1", "kv-v2"',
        },
        {
          path: 'spec.refreshAfter',
          message:
            '"1h30m" does not match pattern ^([0-9]+(\\.[0-9]+)?(s|m|h))$',
        },
      ],
    ],
    [
      'ExternalSecret: bad enum, missing remoteRef',
      () => {
        const e = fixture('external-secrets.io/v1', 'ExternalSecret');
        e.spec.refreshPolicy = 'Sometimes';
        delete e.spec.data[0].remoteRef;
        return e;
      },
      [
        {
          path: 'spec.data[0].remoteRef',
          message: 'missing required field "remoteRef"',
        },
        {
          path: 'spec.refreshPolicy',
          message:
            'unsupported value "Sometimes"; must be one of "CreatedOnce", "Periodic", "OnChange"',
        },
      ],
    ],
    [
      'Argo CD Application: missing destination, retry limit as a string',
      () => {
        const a = fixture('argoproj.io/v1alpha1', 'Application');
        delete a.spec.destination;
        a.spec.syncPolicy.retry.limit = 'five';
        return a;
      },
      [
        {
          path: 'spec.syncPolicy.retry.limit',
          message: 'must be integer, got string',
        },
        {
          path: 'spec.destination',
          message: 'missing required field "destination"',
        },
      ],
    ],
    [
      'HTTPRoute: port and weight out of range, bad hostname',
      () => {
        const h = fixture('gateway.networking.k8s.io/v1', 'HTTPRoute');
        h.spec.rules[0].backendRefs[0].port = 70000;
        h.spec.rules[0].backendRefs[1].weight = -1;
        h.spec.hostnames[0] = 'Shop.Example.com';
        return h;
      },
      [
        {
          path: 'spec.hostnames[0]',
          message:
            '"Shop.Example.com" does not match pattern ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
        },
        {
          path: 'spec.rules[0].backendRefs[0].port',
          message: 'must be at most 65535 (got 70000)',
        },
        {
          path: 'spec.rules[0].backendRefs[1].weight',
          message: 'must be at least 0 (got -1)',
        },
      ],
    ],
    [
      'RedisReplication: missing image, unknown field in a volumeClaimTemplate',
      () => {
        const r = fixture(
          'redis.redis.opstreelabs.in/v1beta2',
          'RedisReplication',
        );
        delete r.spec.kubernetesConfig.image;
        r.spec.storage.volumeClaimTemplate.spec.size = '1Gi';
        return r;
      },
      [
        {
          path: 'spec.kubernetesConfig.image',
          message: 'missing required field "image"',
        },
        {
          path: 'spec.storage.volumeClaimTemplate.spec.size',
          message: 'unknown field "size"',
        },
      ],
    ],
    [
      'custom resource: unknown metadata field, bad creationTimestamp',
      () => {
        const g = fixture('source.toolkit.fluxcd.io/v1', 'GitRepository');
        g.metadata.label = { a: 'b' };
        g.metadata.creationTimestamp = 'yesterday';
        return g;
      },
      [
        { path: 'metadata.label', message: 'unknown field "label"' },
        {
          path: 'metadata.creationTimestamp',
          message: '"yesterday" is not an RFC 3339 date-time',
        },
      ],
    ],
  ];

  it.each(cases)('%s', (_label, build, expected) => {
    expect(validator.validate(build())).toEqual(expected);
  });
});

describe('objects without a usable schema', () => {
  it('reports an unknown apiVersion/kind', () => {
    expect(
      validator.validate({
        apiVersion: 'apps/v9',
        kind: 'Foo',
        metadata: { name: 'x' },
      }),
    ).toEqual([{ path: '', message: 'no schema for apps/v9 Foo' }]);
  });

  it('names the known versions of a known kind', () => {
    expect(
      validator.validate({
        apiVersion: 'helm.toolkit.fluxcd.io/v2beta2',
        kind: 'HelmRelease',
      }),
    ).toEqual([
      {
        path: '',
        message:
          'no schema for helm.toolkit.fluxcd.io/v2beta2 HelmRelease (known versions of helm.toolkit.fluxcd.io HelmRelease: v2)',
      },
    ]);
  });

  it('reports versions that are no longer served', () => {
    expect(
      validator.validate({
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'ExternalSecret',
      }),
    ).toEqual([
      {
        path: '',
        message:
          'external-secrets.io/v1beta1 ExternalSecret is not served (served: false in external-secrets/external-secrets.io_externalsecrets.yaml)',
      },
    ]);
  });

  it('reports missing apiVersion and kind, and non-objects', () => {
    expect(validator.validate({ metadata: { name: 'x' } })).toEqual([
      { path: 'apiVersion', message: 'missing required field "apiVersion"' },
      { path: 'kind', message: 'missing required field "kind"' },
    ]);
    expect(validator.validate({ apiVersion: 'v1', kind: 7 })).toEqual([
      { path: 'kind', message: 'must be string, got number' },
    ]);
    expect(validator.validate('hello')).toEqual([
      { path: '', message: 'must be object, got string' },
    ]);
    expect(validator.validate(null)).toEqual([
      { path: '', message: 'must be object, got null' },
    ]);
  });
});

describe('validateDocuments', () => {
  it('returns the issues of each document with its kind and name', () => {
    const text = [
      '# leading comment',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: ok, namespace: shop}',
      'data: {a: b}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      'spec:',
      '  type: Loadbalancer',
      '---',
      '---',
      'apiVersion: local.openebs.io/v1alpha1',
      'kind: LVMVolume',
      'metadata: {name: v, namespace: openebs}',
      'spec: {capacity: "1024", ownerNodeID: node-1, vgPattern: ^vg$, volGroup: vg, shared: yes}',
      '',
    ].join('\n');
    expect(validator.validateDocuments(text)).toEqual([
      {
        index: 0,
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: 'ok',
        namespace: 'shop',
        issues: [],
      },
      {
        index: 1,
        apiVersion: 'v1',
        kind: 'Service',
        name: 'web',
        namespace: undefined,
        issues: [
          {
            path: 'spec.type',
            message:
              'unsupported value "Loadbalancer"; must be one of "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"',
          },
        ],
      },
      {
        index: 3,
        apiVersion: 'local.openebs.io/v1alpha1',
        kind: 'LVMVolume',
        name: 'v',
        namespace: 'openebs',
        issues: [
          {
            path: 'spec.shared',
            message:
              'unquoted yes is read as true by kubectl (YAML 1.1); quote it if a string is meant',
          },
        ],
      },
    ]);
  });

  it('reports YAML errors and duplicate keys instead of throwing', () => {
    const results = validator.validateDocuments(
      'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n---\na: [1, 2\n',
    );
    expect(results.map(r => r.index)).toEqual([0, 1]);
    expect(results[0].issues).toEqual([
      {
        path: '',
        message: expect.stringMatching(
          /^invalid YAML: Map keys must be unique/,
        ),
      },
    ]);
    expect(results[1].issues[0].message).toMatch(/^invalid YAML: /);
  });
});
