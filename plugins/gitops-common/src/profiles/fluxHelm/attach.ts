import { InputError } from '@backstage/errors';
import { httpBackend, HttpSpec, PostgresSpec, RedisSpec, SecretSpec, TcpSpec, VolumeSpec } from '../../specs';
import { YamlObject } from '../../yaml/documents';
import { FluxHelmProfileSpec } from '../document/schema';
import { fillTemplate, TemplateVars } from '../document/template';
import { containerPath, controllerPath, ReleaseNames } from './names';
import { append, set, ValueOp } from './valueOps';
import { metadata } from './write';

/** What one attachment adds: objects for the manifests folder, and the release values that wire them. */
export interface Attachment {
  /** Objects by file name template key or literal file name. */
  objects: { file: 'externalSecret' | 'volume' | 'database' | string; object: YamlObject }[];
  ops: ValueOp[];
  /** How to wire it by hand where the release is not app-template. */
  wiring: string[];
}

export function secretAttachment(spec: FluxHelmProfileSpec, n: ReleaseNames, s: SecretSpec, namespace: string): Attachment {
  const store = spec.secrets!;
  return {
    objects: [{ file: 'externalSecret', object: externalSecret(spec, s.name, namespace, s.path, s.keys) }],
    ops: [append(containerPath(n, 'envFrom'), { secretRef: { name: s.name } })],
    wiring: [`read the keys of secret ${s.name} (ExternalSecret from ${store.store.kind} ${store.store.name})`],
  };
}

export function externalSecret(
  spec: FluxHelmProfileSpec,
  name: string,
  namespace: string,
  key: string,
  keys: string[],
  template?: YamlObject,
  extraKeys: string[] = [],
): YamlObject {
  const s = spec.secrets!;
  const extract = s.pattern === 'extract' || template !== undefined;
  return {
    apiVersion: s.apiVersion,
    kind: 'ExternalSecret',
    metadata: metadata(spec, name, namespace),
    spec: {
      ...(s.refreshInterval ? { refreshInterval: s.refreshInterval } : {}),
      secretStoreRef: { kind: s.store.kind, name: s.store.name },
      target: {
        name,
        ...(s.creationPolicy ? { creationPolicy: s.creationPolicy } : {}),
        ...(template ? { template: { data: template } } : {}),
      },
      ...(extract
        ? { dataFrom: [key, ...extraKeys].map(k => ({ extract: { key: k } })) }
        : { data: keys.map(k => ({ secretKey: k, remoteRef: { key, property: k } })) }),
    },
  };
}

function storageClass(spec: FluxHelmProfileSpec, which: 'fast' | 'bulk'): string {
  const storage = spec.storage!;
  return which === 'bulk' ? storage.bulk ?? storage.fast : storage.fast;
}

export function pvc(spec: FluxHelmProfileSpec, name: string, namespace: string, size: string, which: 'fast' | 'bulk'): YamlObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: metadata(spec, name, namespace),
    spec: {
      accessModes: [spec.storage!.accessMode],
      resources: { requests: { storage: size } },
      storageClassName: storageClass(spec, which),
    },
  };
}

export function volumeAttachment(spec: FluxHelmProfileSpec, v: VolumeSpec, namespace: string): Attachment {
  const claim = `${v.app}-${v.purpose}`;
  return {
    objects: [{ file: 'volume', object: pvc(spec, claim, namespace, v.size, v.class) }],
    ops: [
      set(['persistence', v.purpose], {
        existingClaim: claim,
        ...(v.mountPath ? { globalMounts: [{ path: v.mountPath }] } : {}),
      }),
    ],
    wiring: [v.mountPath ? `mount claim ${claim} at ${v.mountPath}` : `use the claim ${claim} for the app's data`],
  };
}

export function httpAttachment(spec: FluxHelmProfileSpec, n: ReleaseNames, h: HttpSpec, host: string, existingRoute: boolean): Attachment {
  const exposure = spec.exposure!;
  const ops: ValueOp[] = [];
  if (exposure.style === 'route') {
    if (existingRoute) ops.push(append(['route', n.service, 'hostnames'], host));
    else
      ops.push(
        set(['route', n.service], {
          hostnames: [host],
          parentRefs: exposure.parentRefs,
          ...(h.service || h.path !== '/'
            ? { rules: [{ matches: [{ path: { type: 'PathPrefix', value: h.path } }], backendRefs: [{ identifier: h.service ?? n.service, port: httpBackend(h).port }] }] }
            : {}),
        }),
      );
  } else if (existingRoute) {
    ops.push(append(['ingress', n.service, 'hosts'], { host, paths: [{ path: h.path, service: { identifier: h.service ?? n.service, port: 'http' } }] }));
  } else {
    ops.push(
      set(['ingress', n.service], {
        ...(exposure.className ? { className: exposure.className } : {}),
        ...(Object.keys(exposure.annotations).length ? { annotations: exposure.annotations } : {}),
        hosts: [{ host, paths: [{ path: h.path, service: { identifier: h.service ?? n.service, port: 'http' } }] }],
        ...(h.tls ? { tls: [{ hosts: [host] }] } : {}),
      }),
    );
  }
  return { objects: [], ops, wiring: [] };
}

/**
 * An HTTPRoute (or Ingress) object for an app whose chart is not app-template: routed to
 * the Service the spec names (the app's name by default) on its port.
 */
export function routeObjectAttachment(spec: FluxHelmProfileSpec, h: HttpSpec, host: string, namespace: string): Attachment {
  const exposure = spec.exposure!;
  const { service, port } = httpBackend(h);
  const name = h.app;
  const object: YamlObject =
    exposure.style === 'route'
      ? {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'HTTPRoute',
          metadata: metadata(spec, name, namespace),
          spec: {
            hostnames: [host],
            parentRefs: exposure.parentRefs,
            rules: [{ matches: [{ path: { type: 'PathPrefix', value: h.path } }], backendRefs: [{ name: service, port }] }],
          },
        }
      : {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'Ingress',
          metadata: metadata(spec, name, namespace, Object.keys(exposure.annotations).length ? { annotations: exposure.annotations } : {}),
          spec: {
            ...(exposure.className ? { ingressClassName: exposure.className } : {}),
            rules: [{ host, http: { paths: [{ path: h.path, pathType: 'Prefix', backend: { service: { name: service, port: { number: port } } } }] } }],
            ...(h.tls ? { tls: [{ hosts: [host], secretName: `${name}-tls` }] } : {}),
          },
        };
  return { objects: [{ file: exposure.style === 'route' ? 'httproute.yaml' : 'ingress.yaml', object }], ops: [], wiring: [] };
}

/** The default host of an http spec: the profile's hostname template. */
export function defaultHost(spec: FluxHelmProfileSpec, vars: TemplateVars): string {
  return fillTemplate(spec.exposure!.hostname, vars);
}

export function tcpAttachment(n: ReleaseNames, t: TcpSpec): Attachment {
  return {
    objects: [],
    ops: [
      set(['service', t.service ?? 'lb'], {
        controller: n.controller,
        type: 'LoadBalancer',
        ports: Object.fromEntries(
          t.ports.map(p => [
            p.name,
            { port: p.port, ...(p.targetPort ? { targetPort: p.targetPort } : {}), ...(p.protocol === 'UDP' ? { protocol: 'UDP' } : {}) },
          ]),
        ),
      }),
    ],
    wiring: [],
  };
}

/** The keys of the app's store item that hold its database role (`<APP>_POSTGRES_USER`, `<APP>_POSTGRES_PASS`). */
export function sharedPostgresStoreKeys(app: string): [string, string] {
  const prefix = app.toUpperCase().replace(/-/g, '_');
  return [`${prefix}_POSTGRES_USER`, `${prefix}_POSTGRES_PASS`];
}

export function postgresAttachment(spec: FluxHelmProfileSpec, n: ReleaseNames, p: PostgresSpec, namespace: string, size: string): Attachment {
  const pg = spec.postgres;
  const database = p.database ?? p.app.replace(/-/g, '_');
  if (pg.style === 'shared-cnpg') {
    if (p.mode === 'dedicated') throw new InputError(`This repository's convention puts databases in the shared cluster ${pg.cluster}; a dedicated cluster is not part of it`);
    const host = `${p.cluster ?? pg.cluster}-rw.${pg.namespace}.svc.cluster.local`;
    const [user, pass] = sharedPostgresStoreKeys(p.app);
    const secret = `${p.app}-db`;
    const template: YamlObject = {
      INIT_POSTGRES_DBNAME: database,
      INIT_POSTGRES_HOST: host,
      INIT_POSTGRES_USER: `{{ .${user} }}`,
      INIT_POSTGRES_PASS: `{{ .${pass} }}`,
      INIT_POSTGRES_SUPER_PASS: `{{ .${pg.superuserKey} }}`,
      POSTGRES_HOST: host,
      POSTGRES_DB: database,
      POSTGRES_USER: `{{ .${user} }}`,
      POSTGRES_PASSWORD: `{{ .${pass} }}`,
    };
    return {
      objects: [{ file: 'externalSecret', object: externalSecret(spec, secret, namespace, p.app, [], template, [pg.superuserItem]) }],
      ops: [
        set(controllerPath(n, 'initContainers', 'init-db'), {
          image: { repository: pg.initImage.repository, tag: pg.initImage.tag },
          envFrom: [{ secretRef: { name: secret } }],
        }),
        append(containerPath(n, 'envFrom'), { secretRef: { name: secret } }),
      ],
      wiring: [
        `run ${pg.initImage.repository}:${pg.initImage.tag} as an init container with the keys of secret ${secret} (it creates database ${database} in cluster ${pg.cluster})`,
        `read the keys of secret ${secret} (POSTGRES_HOST, POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD)`,
      ],
    };
  }
  if (pg.style === 'cnpg-cluster') {
    if (p.mode === 'shared') throw new InputError(`This repository's convention gives each app its own CloudNativePG cluster; a shared cluster is not part of it`);
    const cluster = p.cluster ?? `${p.app}-db`;
    return {
      objects: [
        {
          file: 'database',
          object: {
            apiVersion: 'postgresql.cnpg.io/v1',
            kind: 'Cluster',
            metadata: metadata(spec, cluster, namespace),
            spec: {
              instances: pg.instances,
              ...(pg.imageName ? { imageName: pg.imageName } : {}),
              bootstrap: { initdb: { database, owner: database } },
              storage: { size, storageClass: storageClass(spec, 'fast') },
            },
          },
        },
      ],
      ops: [set(containerPath(n, 'env', 'DATABASE_URL'), { valueFrom: { secretKeyRef: { name: `${cluster}-app`, key: 'uri' } } })],
      wiring: [`set env DATABASE_URL from secret ${cluster}-app, key uri`],
    };
  }
  throw new InputError('no postgres convention');
}

export function redisAttachment(spec: FluxHelmProfileSpec, n: ReleaseNames, r: RedisSpec, namespace: string, serviceHasController: boolean): Attachment {
  const redis = spec.redis;
  if (redis.style !== 'app-template-controller') throw new InputError('no redis convention');
  const name = r.name ?? 'redis';
  const ops: ValueOp[] = [
    set(['controllers', name], {
      containers: { app: { image: { repository: redis.image.repository, tag: redis.image.tag }, args: r.mode === 'cache' ? ['--save', '', '--appendonly', 'no'] : ['--appendonly', 'yes'] } },
    }),
    set(['service', name], { controller: name, forceRename: `{{ .Release.Name }}-${name}`, ports: { redis: { port: 6379 } } }),
    set(containerPath(n, 'env', 'REDIS_URL'), `redis://${r.app}-${name}:6379`),
  ];
  if (!serviceHasController) ops.push(set(['service', n.service, 'controller'], n.controller));
  const objects: Attachment['objects'] = [];
  if (r.mode === 'queue') {
    const claim = `${r.app}-${name}`;
    objects.push({ file: 'volume', object: pvc(spec, claim, namespace, r.size, 'fast') });
    ops.push(set(['persistence', name], { existingClaim: claim, advancedMounts: { [name]: { app: [{ path: '/data' }] } } }));
  }
  return { objects, ops, wiring: [] };
}
