#!/usr/bin/env node
// A stub Kubernetes API server on loopback for Homeport's GitOps views: it serves the
// objects in fixtures/*.json (the demo repository's services as a cluster would hold
// them) the way kube-apiserver does for the requests Backstage's Kubernetes backend
// makes: discovery, lists with label selectors (cluster-wide and per namespace), single
// objects, and PATCH for the Flux "reconcile now" and "suspend/resume" buttons (recorded).
// Plain node:http, no dependencies.
//
//   node e2e/kube-stub/server.mjs [--port 6443] [--host 127.0.0.1] [--scenario <name>] [--dns-port <port>]
//
// With --dns-port it also answers DNS on that UDP port (dns.mjs: the names of dns.json),
// for the backend's checks of recorded steps (homeport.steps.dnsServers).
//
// Custom resource versions behave as Flux's CRDs with conversion strategy None: every
// HelmRelease is served as helm.toolkit.fluxcd.io/v2 and /v2beta2, every Kustomization
// as kustomize.toolkit.fluxcd.io/v1 and /v1beta2, only the apiVersion differs.
//
// Control endpoints (not part of the Kubernetes API), for tests and demos:
//   GET  /_stub/requests           the recorded PATCH requests, and the count of GETs
//   POST /_stub/scenario/<name>    applies fixtures/scenarios/<name>.json over the objects
//   POST /_stub/reset              back to fixtures/*.json, clears the records
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDnsStub } from './dns.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures');

/** The resource types served: group, versions (first is preferred), plural, kind, namespaced. */
export const RESOURCES = [
  ['', ['v1'], 'pods', 'Pod', true],
  ['', ['v1'], 'services', 'Service', true],
  ['', ['v1'], 'configmaps', 'ConfigMap', true],
  ['', ['v1'], 'secrets', 'Secret', true],
  ['', ['v1'], 'limitranges', 'LimitRange', true],
  ['', ['v1'], 'resourcequotas', 'ResourceQuota', true],
  ['', ['v1'], 'persistentvolumeclaims', 'PersistentVolumeClaim', true],
  ['', ['v1'], 'persistentvolumes', 'PersistentVolume', false],
  ['', ['v1'], 'namespaces', 'Namespace', false],
  ['', ['v1'], 'nodes', 'Node', false],
  ['', ['v1'], 'events', 'Event', true],
  ['apps', ['v1'], 'deployments', 'Deployment', true],
  ['apps', ['v1'], 'replicasets', 'ReplicaSet', true],
  ['apps', ['v1'], 'statefulsets', 'StatefulSet', true],
  ['apps', ['v1'], 'daemonsets', 'DaemonSet', true],
  ['batch', ['v1'], 'jobs', 'Job', true],
  ['batch', ['v1'], 'cronjobs', 'CronJob', true],
  ['networking.k8s.io', ['v1'], 'ingresses', 'Ingress', true],
  [
    'autoscaling',
    ['v2'],
    'horizontalpodautoscalers',
    'HorizontalPodAutoscaler',
    true,
  ],
  ['policy', ['v1'], 'poddisruptionbudgets', 'PodDisruptionBudget', true],
  ['metrics.k8s.io', ['v1beta1'], 'pods', 'PodMetrics', true],
  [
    'helm.toolkit.fluxcd.io',
    ['v2', 'v2beta2'],
    'helmreleases',
    'HelmRelease',
    true,
  ],
  [
    'kustomize.toolkit.fluxcd.io',
    ['v1', 'v1beta2'],
    'kustomizations',
    'Kustomization',
    true,
  ],
  [
    'source.toolkit.fluxcd.io',
    ['v1', 'v1beta2'],
    'gitrepositories',
    'GitRepository',
    true,
  ],
  [
    'source.toolkit.fluxcd.io',
    ['v1', 'v1beta2'],
    'helmrepositories',
    'HelmRepository',
    true,
  ],
  [
    'source.toolkit.fluxcd.io',
    ['v1', 'v1beta2'],
    'ocirepositories',
    'OCIRepository',
    true,
  ],
  ['argoproj.io', ['v1alpha1'], 'applications', 'Application', true],
  ['postgresql.cnpg.io', ['v1'], 'clusters', 'Cluster', true],
].map(([group, versions, plural, kind, namespaced]) => ({
  group,
  versions,
  plural,
  kind,
  namespaced,
}));

const BUILTIN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'networking.k8s.io',
  'autoscaling',
  'policy',
  'metrics.k8s.io',
]);

function groupOf(apiVersion) {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

function typeOf(object) {
  const group = groupOf(object.apiVersion ?? '');
  return RESOURCES.find(r => r.group === group && r.kind === object.kind);
}

function keyOf(object) {
  const t = typeOf(object);
  return `${t?.group}/${t?.plural}/${object.metadata.namespace ?? ''}/${
    object.metadata.name
  }`;
}

function readList(file) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const items = doc.kind === 'List' ? doc.items : [doc];
  for (const item of items) {
    if (!typeOf(item))
      throw new Error(
        `${file}: no resource type serves ${item.apiVersion} ${item.kind}`,
      );
  }
  return items;
}

/** The cluster's objects: fixtures/*.json, then the scenarios applied over them. */
export function loadObjects(scenarios = []) {
  const objects = new Map();
  const files = fs
    .readdirSync(FIXTURES)
    .filter(f => f.endsWith('.json'))
    .sort();
  for (const f of files)
    for (const o of readList(path.join(FIXTURES, f))) objects.set(keyOf(o), o);
  for (const s of scenarios) applyScenario(objects, s);
  return objects;
}

function applyScenario(objects, name) {
  if (!/^[a-z0-9-]+$/.test(name))
    throw new Error(`bad scenario name '${name}'`);
  const file = path.join(FIXTURES, 'scenarios', `${name}.json`);
  if (!fs.existsSync(file)) throw new Error(`no scenario '${name}'`);
  for (const o of readList(file)) objects.set(keyOf(o), o);
}

// ---------------------------------------------------------------- label selectors

/** Parses a label selector (`a=b,c!=d,e,!f,g in (h,i),j notin (k)`) into a predicate. */
export function parseLabelSelector(selector) {
  const terms = [];
  let rest = (selector ?? '').trim();
  while (rest) {
    const m =
      /^([A-Za-z0-9./_-]+)\s+(in|notin)\s+\(([^)]*)\)/.exec(rest) ??
      /^([A-Za-z0-9./_-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)/.exec(rest) ??
      /^(!?)([A-Za-z0-9./_-]+)/.exec(rest);
    if (!m) throw new Error(`unable to parse requirement: ${rest}`);
    if (m[2] === 'in' || m[2] === 'notin') {
      terms.push({
        key: m[1],
        op: m[2],
        values: m[3]
          .split(',')
          .map(v => v.trim())
          .filter(Boolean),
      });
    } else if (['==', '=', '!='].includes(m[2])) {
      terms.push({ key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] });
    } else {
      terms.push({
        key: m[2],
        op: m[1] === '!' ? '!exists' : 'exists',
        values: [],
      });
    }
    rest = rest.slice(m[0].length).trim();
    if (rest.startsWith(',')) rest = rest.slice(1).trim();
    else if (rest) throw new Error(`unable to parse requirement: ${rest}`);
  }
  return labels => {
    const l = labels ?? {};
    return terms.every(({ key, op, values }) => {
      const has = Object.prototype.hasOwnProperty.call(l, key);
      switch (op) {
        case '=':
          return has && l[key] === values[0];
        case '!=':
          return !has || l[key] !== values[0];
        case 'in':
          return has && values.includes(l[key]);
        case 'notin':
          return !has || !values.includes(l[key]);
        case 'exists':
          return has;
        default:
          return !has;
      }
    });
  };
}

// ---------------------------------------------------------------- patches

/** RFC 7386 JSON merge patch. */
export function mergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
    return patch;
  const out =
    target && typeof target === 'object' && !Array.isArray(target)
      ? { ...target }
      : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** RFC 6902 JSON patch: add, replace, remove, test (what kubectl and the Flux CLI send). */
function jsonPatch(target, ops) {
  const out = structuredClone(target);
  const unescape = s => s.replace(/~1/g, '/').replace(/~0/g, '~');
  for (const op of ops) {
    const parts = op.path.split('/').slice(1).map(unescape);
    const last = parts.pop();
    let node = out;
    for (const p of parts) {
      if (node[p] === undefined && op.op === 'add') node[p] = {};
      node = node[p];
      if (node === undefined) throw new Error(`path ${op.path} does not exist`);
    }
    if (op.op === 'add' || op.op === 'replace') {
      if (Array.isArray(node) && last === '-') node.push(op.value);
      else node[last] = op.value;
    } else if (op.op === 'remove') {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else if (op.op === 'test') {
      if (JSON.stringify(node[last]) !== JSON.stringify(op.value))
        throw new Error(`test failed at ${op.path}`);
    } else {
      throw new Error(`unsupported op ${op.op}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- server

/** The request body as JSON, or as the text it is when it is not JSON. */
function parseJson(text) {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function status(code, reason, message, details) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

/** What a custom resource looks like when served at `version` (conversion strategy None). */
function asVersion(object, type, version) {
  if (BUILTIN_GROUPS.has(type.group)) {
    const { apiVersion: _a, kind: _k, ...rest } = object; // kube-apiserver omits them in lists of built-in types
    return rest;
  }
  return { ...object, apiVersion: `${type.group}/${version}` };
}

/**
 * Starts the stub. Returns { server, url, state }; `state.patches` records every PATCH.
 */
export function startStub({
  port = 6443,
  host = '127.0.0.1',
  scenarios = [],
  token,
  log = () => {},
} = {}) {
  const state = {
    objects: loadObjects(scenarios),
    scenarios: [...scenarios],
    patches: [],
    gets: 0,
  };
  let resourceVersion = 900000;

  const discovery = (group, version) => ({
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: RESOURCES.filter(
      r => r.group === group && r.versions.includes(version),
    ).map(r => ({
      name: r.plural,
      singularName: r.kind.toLowerCase(),
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: ['get', 'list', 'watch', 'patch'],
    })),
  });

  const handle = async (req, res) => {
    const url = new URL(req.url, 'http://stub');
    const send = (code, body) => {
      res.writeHead(code, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
      });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, PATCH, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      });
      res.end();
      return;
    }
    const body = await new Promise(resolve => {
      const chunks = [];
      req.on('data', c => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    log(`${req.method} ${url.pathname}${url.search}`);

    // Control endpoints.
    if (url.pathname === '/_stub/requests')
      return send(200, {
        patches: state.patches,
        gets: state.gets,
        scenarios: state.scenarios,
      });
    if (url.pathname === '/_stub/reset' && req.method === 'POST') {
      state.objects = loadObjects();
      state.scenarios = [];
      state.patches = [];
      state.gets = 0;
      return send(200, { ok: true });
    }
    const scenario = /^\/_stub\/scenario\/([^/]+)$/.exec(url.pathname);
    if (scenario && req.method === 'POST') {
      try {
        applyScenario(state.objects, scenario[1]);
        state.scenarios.push(scenario[1]);
        return send(200, { ok: true, scenarios: state.scenarios });
      } catch (e) {
        return send(404, status(404, 'NotFound', e.message));
      }
    }

    if (token && req.headers.authorization !== `Bearer ${token}`) {
      return send(401, status(401, 'Unauthorized', 'Unauthorized'));
    }
    if (url.pathname === '/version') {
      return send(200, {
        major: '1',
        minor: '35',
        gitVersion: 'v1.35.0-homeport-stub',
        platform: 'linux/amd64',
      });
    }
    if (url.pathname === '/api')
      return send(200, {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [],
      });
    if (url.pathname === '/apis') {
      const groups = [...new Set(RESOURCES.map(r => r.group).filter(Boolean))];
      return send(200, {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: groups.map(name => {
          const versions = RESOURCES.find(r => r.group === name).versions;
          return {
            name,
            versions: versions.map(v => ({
              groupVersion: `${name}/${v}`,
              version: v,
            })),
            preferredVersion: {
              groupVersion: `${name}/${versions[0]}`,
              version: versions[0],
            },
          };
        }),
      });
    }

    // /api/v1[/namespaces/<ns>]/<plural>[/<name>] or /apis/<group>/<version>[...]
    const m =
      /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(
        url.pathname,
      );
    if (!m)
      return send(
        404,
        status(
          404,
          'NotFound',
          'the server could not find the requested resource',
        ),
      );
    const group = m[2] ?? '';
    const version = m[1] ?? m[3];
    const [namespace, plural, name] = [m[4], m[5], m[6]];
    if (!plural) {
      const d = discovery(group, version);
      return d.resources.length
        ? send(200, d)
        : send(
            404,
            status(
              404,
              'NotFound',
              'the server could not find the requested resource',
            ),
          );
    }
    const type = RESOURCES.find(
      r =>
        r.group === group &&
        r.plural === plural &&
        r.versions.includes(version),
    );
    if (!type)
      return send(
        404,
        status(
          404,
          'NotFound',
          'the server could not find the requested resource',
        ),
      );
    const apiVersion = group ? `${group}/${version}` : version;
    const inType = [...state.objects.values()].filter(
      o =>
        typeOf(o) === type &&
        (!namespace || o.metadata.namespace === namespace),
    );

    if (!name) {
      if (req.method !== 'GET')
        return send(
          405,
          status(
            405,
            'MethodNotAllowed',
            `${req.method} is not supported on a list`,
          ),
        );
      state.gets++;
      let matches;
      try {
        matches = parseLabelSelector(url.searchParams.get('labelSelector'));
      } catch (e) {
        return send(400, status(400, 'BadRequest', e.message));
      }
      const items = inType
        .filter(o => matches(o.metadata.labels))
        .map(o => asVersion(o, type, version));
      return send(200, {
        kind: `${type.kind}List`,
        apiVersion,
        metadata: { resourceVersion: String(resourceVersion) },
        items,
      });
    }

    const object = inType.find(o => o.metadata.name === name);
    const notFound = () =>
      send(
        404,
        status(
          404,
          'NotFound',
          `${plural}.${group || 'core'} "${name}" not found`,
          { name, group, kind: plural },
        ),
      );
    if (req.method === 'GET') {
      state.gets++;
      return object
        ? send(200, {
            ...asVersion(object, type, version),
            apiVersion,
            kind: type.kind,
          })
        : notFound();
    }
    if (req.method === 'PATCH') {
      const contentType = (req.headers['content-type'] ?? '')
        .split(';')[0]
        .trim();
      const record = {
        time: new Date().toISOString(),
        path: url.pathname,
        contentType,
        body: parseJson(body),
        cluster: req.headers['backstage-kubernetes-cluster'],
      };
      state.patches.push(record);
      if (!object) return notFound();
      const merge = [
        'application/merge-patch+json',
        'application/strategic-merge-patch+json',
      ];
      if (
        contentType !== 'application/json-patch+json' &&
        !merge.includes(contentType)
      ) {
        return send(
          415,
          status(
            415,
            'UnsupportedMediaType',
            'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
          ),
        );
      }
      if (typeof record.body !== 'object' || record.body === null) {
        return send(
          400,
          status(400, 'BadRequest', 'the body of the request is not JSON'),
        );
      }
      let patched;
      try {
        patched = merge.includes(contentType)
          ? mergePatch(object, record.body)
          : jsonPatch(object, record.body);
      } catch (e) {
        return send(422, status(422, 'Invalid', e.message));
      }
      patched.metadata = {
        ...patched.metadata,
        resourceVersion: String(++resourceVersion),
      };
      if (JSON.stringify(patched.spec) !== JSON.stringify(object.spec)) {
        patched.metadata.generation = (object.metadata.generation ?? 1) + 1;
      }
      // What the Flux controllers do in reply: acknowledge a reconcile request.
      const requested =
        patched.metadata.annotations?.['reconcile.fluxcd.io/requestedAt'];
      if (
        requested &&
        type.group.endsWith('.toolkit.fluxcd.io') &&
        !patched.spec?.suspend
      ) {
        patched.status = {
          ...patched.status,
          lastHandledReconcileAt: requested,
        };
      }
      state.objects.set(keyOf(patched), patched);
      return send(200, {
        ...asVersion(patched, type, version),
        apiVersion,
        kind: type.kind,
      });
    }
    return send(
      405,
      status(405, 'MethodNotAllowed', `${req.method} is not supported`),
    );
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(e => {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify(status(500, 'InternalError', String(e?.message ?? e))),
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, state, url: `http://${host}:${address.port}` });
    });
  });
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

if (
  process.argv[1] &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  const scenarios = (arg('scenario', process.env.KUBE_STUB_SCENARIO) ?? '')
    .split(',')
    .filter(Boolean);
  const { url, server } = await startStub({
    port: Number(arg('port', process.env.KUBE_STUB_PORT ?? 6443)),
    host: arg('host', '127.0.0.1'),
    scenarios,
    token: arg('token', process.env.KUBE_STUB_TOKEN),
    log: process.env.KUBE_STUB_VERBOSE ? line => console.log(line) : () => {},
  });
  console.log(
    `kube-stub: serving ${FIXTURES} on ${url}${
      scenarios.length ? ` (scenarios: ${scenarios.join(', ')})` : ''
    }`,
  );
  const dnsPort = arg('dns-port', process.env.KUBE_STUB_DNS_PORT);
  const dns = dnsPort ? await startDnsStub({ port: Number(dnsPort), host: arg('host', '127.0.0.1') }) : undefined;
  if (dns) console.log(`kube-stub: answering DNS on ${dns.address}`);
  const stop = () => {
    dns?.socket.close();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
