import { parse } from 'yaml';
import { ServiceModel } from '../../read/types';
import { FileTree } from '../../tree/FileTree';
import { basename, dirOf } from './paths';
import { YamlObject } from '../../yaml/documents';
import { kindKey } from '../fluxHelm/write';
import { AppFacts, appTemplateApps, getPath, manifestsDirOf, templated } from './appFacts';
import { Tally, Vote } from './tally';
import { InferredField, Undecided } from './types';

/** Collects the fields of a draft document with their evidence. */
class Draft {
  readonly spec: YamlObject = {};
  readonly fields: InferredField[] = [];
  readonly undecided: Undecided[] = [];

  set(field: string, vote: Vote<unknown> | undefined, others: Vote<unknown>[] = []): boolean {
    if (!vote) return false;
    setPath(this.spec, field, vote.value);
    this.fields.push({
      field,
      evidence: vote.apps,
      of: vote.of,
      ...(others.length > 1 ? { others: others.slice(1).map(o => ({ value: o.value, evidence: o.apps })) } : {}),
    });
    return true;
  }

  fromTally(field: string, tally: Tally<unknown>): boolean {
    return this.set(field, tally.dominant(), tally.all());
  }

  fixed(field: string, value: unknown, evidence: string[], of = evidence.length): void {
    this.set(field, { value, apps: evidence, of });
  }

  cannot(field: string, reason: string): void {
    this.undecided.push({ field, reason });
  }
}

function setPath(target: YamlObject, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as YamlObject;
  o[keys[keys.length - 1]] = value;
}

const firstKey = (o: unknown) => (o && typeof o === 'object' ? Object.keys(o)[0] : undefined);

function docsOfKind(facts: AppFacts, kind: string) {
  return [...facts.docs.entries()].flatMap(([file, docs]) => docs.filter(d => d.object.kind === kind).map(d => ({ file, ...d })));
}

function inferLayout(d: Draft, apps: AppFacts[]): void {
  const folder = new Tally<string>();
  const manifests = new Tally<string>();
  const release = new Tally<string>();
  const kustomization = new Tally<boolean>();
  const prefix = new Tally<string>();
  const nsInMetadata = new Tally<boolean>();
  const source = new Tally<string>();
  const es = new Tally<string>();
  const pvc = new Tally<string>();
  const schemas = new Map<string, Tally<string>>();
  for (const a of apps) {
    const parts = a.folder.split('/');
    if (parts[parts.length - 1] === a.app) {
      const segment = (p: string) => (p === a.namespace ? '{namespace}' : p);
      folder.add(a.app, [...parts.slice(0, -1).map(segment), '{app}'].join('/'));
    }
    const dir = manifestsDirOf(a);
    manifests.add(a.app, dir);
    release.add(a.app, templated(basename(a.releaseFile), a.app));
    const kfile = [...a.docs.keys()].find(f => dirOf(f) === dirOf(a.releaseFile) && basename(f) === 'kustomization.yaml');
    kustomization.add(a.app, kfile !== undefined);
    const entries = kfile ? (a.docs.get(kfile)?.[0]?.object.resources as unknown[] | undefined) : undefined;
    if (Array.isArray(entries) && entries.length) prefix.add(a.app, String(entries[0]).startsWith('./') ? './' : '');
    nsInMetadata.add(a.app, getPath(a.release, 'metadata', 'namespace') !== undefined);
    const ref = getPath(a.release, 'spec', 'chartRef') as YamlObject | undefined;
    for (const s of docsOfKind(a, 'OCIRepository')) {
      if (ref && getPath(s.object, 'metadata', 'name') === ref.name) source.add(a.app, templated(basename(s.file), a.app));
    }
    for (const s of docsOfKind(a, 'ExternalSecret')) es.add(a.app, templated(basename(s.file), a.app));
    for (const s of docsOfKind(a, 'PersistentVolumeClaim')) pvc.add(a.app, templated(basename(s.file), a.app));
    for (const docs of a.docs.values()) {
      for (const doc of docs) {
        if (!doc.schema) continue;
        const key = kindKey(doc.object);
        if (!schemas.has(key)) schemas.set(key, new Tally());
        schemas.get(key)!.add(a.app, doc.schema);
      }
    }
  }
  if (!d.fromTally('layout.appFolder', folder)) d.cannot('layout.appFolder', 'no app folder is named after its app');
  d.fromTally('layout.manifestsDir', manifests);
  d.fromTally('layout.kustomization', kustomization);
  if (!d.fromTally('layout.resourcePrefix', prefix)) d.cannot('layout.resourcePrefix', 'no app folder has a kustomization.yaml');
  d.fromTally('layout.namespaceInMetadata', nsInMetadata);
  d.fromTally('layout.files.helmRelease', release);
  if (!d.fromTally('layout.files.chartSource', source)) d.cannot('layout.files.chartSource', 'no app has its own OCIRepository file');
  if (!d.fromTally('layout.files.externalSecret', es)) d.cannot('layout.files.externalSecret', 'no app folder holds an ExternalSecret');
  if (!d.fromTally('layout.files.volume', pvc)) d.cannot('layout.files.volume', 'no app folder holds a PersistentVolumeClaim: new claims go to pvc.yaml');
  const comments: Record<string, string> = {};
  const evidence = new Set<string>();
  for (const [key, tally] of schemas) {
    const vote = tally.dominant()!;
    if (vote.apps.length * 2 < apps.length && !['external-secrets.io/ExternalSecret', 'v1/PersistentVolumeClaim'].includes(key)) continue;
    comments[key] = vote.value;
    vote.apps.forEach(a => evidence.add(a));
  }
  if (Object.keys(comments).length) d.fixed('layout.schemaComments', comments, [...evidence].sort(), apps.length);
}

function listing(tree: FileTree, a: AppFacts): { list: string; entry: string; target: string } | undefined {
  const parent = dirOf(a.folder);
  for (const name of ['kustomization.yaml', 'kustomization.yml']) {
    const list = parent ? `${parent}/${name}` : name;
    const text = tree.read(list);
    if (text === undefined) continue;
    const resources = (getPath(parsedList(text), 'resources') as unknown[] | undefined) ?? [];
    for (const r of resources.map(String)) {
      const clean = r.replace(/^\.\//, '').replace(/\/$/, '');
      if (clean === a.app || clean.startsWith(`${a.app}/`)) return { list, entry: r, target: clean };
    }
  }
  return undefined;
}

function parsedList(text: string): YamlObject {
  try {
    return (parse(text, { uniqueKeys: false }) ?? {}) as YamlObject;
  } catch {
    return {};
  }
}

function inferRegistration(d: Draft, tree: FileTree, apps: AppFacts[]): void {
  const type = new Tally<string>();
  const list = new Tally<string>();
  const entry = new Tally<string>();
  const ksFile = new Tally<string>();
  const targetNs = new Tally<boolean>();
  const substitute = new Tally<string>();
  const specKeys = new Map<string, Tally<unknown>>();
  const components = new Map<string, string[]>();
  let withKs = 0;
  for (const a of apps) {
    const found = listing(tree, a);
    const ks = docsOfKind(a, 'Kustomization').find(
      k => String(k.object.apiVersion ?? '').startsWith('kustomize.toolkit.fluxcd.io/') && dirOf(k.file) === a.folder,
    );
    if (ks) {
      withKs++;
      type.add(a.app, 'flux-kustomization');
      ksFile.add(a.app, templated(basename(ks.file), a.app));
      const spec = (ks.object.spec ?? {}) as YamlObject;
      targetNs.add(a.app, spec.targetNamespace !== undefined);
      const subs = (getPath(spec, 'postBuild', 'substitute') ?? {}) as YamlObject;
      substitute.add(a.app, Object.entries(subs).find(([, v]) => v === a.app)?.[0]);
      for (const [key, value] of Object.entries(spec)) {
        if (['path', 'targetNamespace', 'postBuild', 'components', 'dependsOn', 'healthChecks', 'healthCheckExprs', 'patches'].includes(key)) continue;
        if (!specKeys.has(key)) specKeys.set(key, new Tally());
        specKeys.get(key)!.add(a.app, value);
      }
      for (const c of (spec.components as string[] | undefined) ?? []) components.set(c, [...(components.get(c) ?? []), a.app]);
    } else {
      type.add(a.app, found ? 'kustomization-entry' : 'none');
    }
    if (found) {
      list.add(a.app, found.list.split('/').map(p => (p === a.namespace ? '{namespace}' : p)).join('/'));
      entry.add(a.app, templated(found.entry, a.app));
    }
  }
  const vote = type.dominant()!;
  d.set('registration.type', vote, type.all());
  if (vote.value !== 'none') {
    if (!d.fromTally('registration.list', list)) d.cannot('registration.list', 'no kustomization lists the app folders');
    d.fromTally('registration.entry', entry);
  }
  if (vote.value === 'flux-kustomization') {
    d.fromTally('registration.fluxKustomization.file', ksFile);
    const spec: YamlObject = {};
    const evidence = new Set<string>();
    for (const [key, tally] of specKeys) {
      const v = tally.dominant()!;
      if (v.apps.length * 2 <= withKs) continue;
      spec[key] = v.value;
      v.apps.forEach(a => evidence.add(a));
    }
    d.fixed('registration.fluxKustomization.spec', spec, [...evidence].sort(), withKs);
    d.fromTally('registration.fluxKustomization.targetNamespace', targetNs);
    if (!d.fromTally('registration.fluxKustomization.substituteApp', substitute)) d.cannot('registration.fluxKustomization.substituteApp', 'no ks.yaml substitutes the app name');
    const claims = new Map<string, boolean>();
    const storage = (c: string) => {
      if (!claims.has(c)) claims.set(c, makesClaims(tree, `./${dirOf(apps[0].releaseFile)}`, c));
      return claims.get(c)!;
    };
    const common = [...components.entries()].filter(([c, who]) => who.length * 2 > withKs && !storage(c));
    for (const [c, who] of components) {
      if (who.length * 2 > withKs && storage(c)) d.cannot('registration.fluxKustomization.components', `component ${c} (used by ${who.length} of ${withKs} apps) creates PersistentVolumeClaims: not added to every new app; add it by hand where the app keeps data`);
    }
    d.fixed('registration.fluxKustomization.components', common.map(([c]) => c), [...new Set(common.flatMap(([, who]) => who))].sort(), withKs);
    for (const [c, who] of components) {
      if (who.length * 2 <= withKs) d.cannot(`registration.fluxKustomization.components`, `component ${c} is used by ${who.length} of ${withKs} apps (${who.slice(0, 5).join(', ')}${who.length > 5 ? ', ...' : ''}): not added to new apps; add it in the wizard's values or by hand where an app needs it`);
    }
  }
}

/** Whether a component (a path relative to a Flux Kustomization's `path`) defines PersistentVolumeClaims. */
function makesClaims(tree: FileTree, fromDir: string, component: string): boolean {
  const parts: string[] = [];
  for (const p of `${fromDir.replace(/^\.\//, '')}/${component}`.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  const folder = parts.join('/');
  return tree.paths().some(p => p.startsWith(`${folder}/`) && /kind:\s*PersistentVolumeClaim\b/.test(tree.read(p) ?? ''));
}

function inferChart(d: Draft, apps: AppFacts[]): void {
  const version = new Tally<string>();
  const url = new Tally<string>();
  const source = new Tally<string>();
  const shared = new Tally<YamlObject>();
  const oci = new Tally<YamlObject>();
  const controller = new Tally<string>();
  const container = new Tally<string>();
  const service = new Tally<string>();
  const interval = new Tally<string>();
  for (const a of apps) {
    const w = a.service.workloads.find(x => x.file === a.releaseFile && x.chart?.name === 'app-template');
    version.add(a.app, w?.chart?.version);
    url.add(a.app, w?.chart?.sourceUrl);
    interval.add(a.app, getPath(a.release, 'spec', 'interval') as string | undefined);
    const ref = getPath(a.release, 'spec', 'chartRef') as YamlObject | undefined;
    const own = ref ? docsOfKind(a, String(ref.kind)).find(s => getPath(s.object, 'metadata', 'name') === ref.name) : undefined;
    if (ref) source.add(a.app, own ? 'per-app' : 'shared');
    else source.add(a.app, undefined);
    if (ref && !own) shared.add(a.app, ref);
    if (own) {
      const { url: _u, ref: _r, ...rest } = (own.object.spec ?? {}) as YamlObject;
      oci.add(a.app, rest);
    }
    const values = a.values;
    const c = firstKey(values.controllers);
    controller.add(a.app, c === undefined ? undefined : templated(c, a.app));
    container.add(a.app, firstKey(getPath(values, 'controllers', c ?? '', 'containers')));
    service.add(a.app, firstKey(values.service));
  }
  d.fromTally('interval', interval);
  d.fromTally('chart.version', version);
  d.fromTally('chart.url', url);
  const s = source.dominant();
  d.set('chart.source', s, source.all());
  if (s?.value === 'shared') d.fromTally('chart.shared', shared);
  if (s?.value === 'per-app') d.fromTally('chart.ociRepository', oci);
  d.fromTally('chart.controller', controller);
  d.fromTally('chart.container', container);
  d.fromTally('chart.service', service);
}

function domainOf(host: string): string | undefined {
  const i = host.indexOf('.');
  return i > 0 ? host.slice(i + 1) : undefined;
}

function inferExposure(d: Draft, apps: AppFacts[], services: ServiceModel[]): void {
  const style = new Tally<string>();
  const parents = new Tally<unknown>();
  const hostname = new Tally<string>();
  const domain = new Tally<string>();
  const className = new Tally<string>();
  for (const a of apps) {
    const values = a.values;
    const route = values.route as Record<string, YamlObject> | undefined;
    const ingress = values.ingress as Record<string, YamlObject> | undefined;
    if (route && firstKey(route)) {
      const r = route[firstKey(route)!];
      style.add(a.app, 'route');
      parents.add(a.app, r.parentRefs);
      const h = (r.hostnames as string[] | undefined)?.[0];
      if (h?.includes('{{ .Release.Name }}')) hostname.add(a.app, '{{ .Release.Name }}.{domain}');
      else if (h?.startsWith(`${a.app}.`)) hostname.add(a.app, '{app}.{domain}');
    } else if (ingress && firstKey(ingress)) {
      style.add(a.app, 'ingress');
      className.add(a.app, ingress[firstKey(ingress)!].className as string | undefined);
      hostname.add(a.app, '{app}.{domain}');
    }
    for (const h of a.service.hosts) domain.add(a.app, domainOf(h.host));
  }
  if (!d.fromTally('domain', domain)) d.cannot('domain', 'no app has a host name');
  if (!d.fromTally('exposure.style', style)) {
    d.cannot('exposure', 'no app-template app has a route or an ingress in its values');
    return;
  }
  if (style.dominant()!.value === 'route') d.fromTally('exposure.parentRefs', parents);
  else d.fromTally('exposure.className', className);
  d.fromTally('exposure.hostname', hostname);
  const dns = services.filter(s => s.workloads.some(w => w.chart?.name === 'external-dns')).map(s => s.id);
  d.fixed('exposure.dnsStep', dns.length === 0, dns.length ? dns : ['(no external-dns release)'], services.length);
}

function inferSecrets(d: Draft, apps: AppFacts[]): void {
  const store = new Tally<YamlObject>();
  const api = new Tally<string>();
  const pattern = new Tally<string>();
  for (const a of apps) {
    for (const es of docsOfKind(a, 'ExternalSecret')) {
      const ref = getPath(es.object, 'spec', 'secretStoreRef') as YamlObject | undefined;
      if (ref?.name) store.add(a.app, { kind: ref.kind ?? 'SecretStore', name: ref.name });
      api.add(a.app, String(es.object.apiVersion));
      if (getPath(es.object, 'spec', 'dataFrom')) pattern.add(a.app, 'extract');
      else if (getPath(es.object, 'spec', 'data')) pattern.add(a.app, 'properties');
    }
  }
  if (!store.dominant()) {
    d.cannot('secrets', 'no app folder holds an ExternalSecret: secret specs are refused');
    return;
  }
  d.fixed('secrets.style', 'external-secret', store.dominant()!.apps, apps.length);
  d.fromTally('secrets.store', store);
  d.fromTally('secrets.apiVersion', api);
  d.fromTally('secrets.pattern', pattern);
}

function inferStorage(d: Draft, services: ServiceModel[], apps: AppFacts[]): void {
  const cls = new Tally<string>();
  // Claims the chart creates from app-template `persistence:` values.
  for (const a of apps) {
    const persistence = (a.values.persistence ?? {}) as Record<string, YamlObject>;
    for (const p of Object.values(persistence)) if (typeof p?.storageClass === 'string') cls.add(a.app, p.storageClass);
  }
  for (const s of services) for (const v of s.volumes) if (v.storageClass && !v.storageClass.includes('${')) cls.add(s.id, v.storageClass);
  for (const s of services) for (const v of s.volumes) {
    const m = /^\$\{[A-Z_]+:=([a-z0-9.-]+)\}$/.exec(v.storageClass ?? '');
    if (m) cls.add(s.id, m[1]);
  }
  const all = cls.all();
  if (!all.length) {
    d.cannot('storage', 'no volume names a storage class: volume specs are refused');
    return;
  }
  d.set('storage.fast', all[0], all);
}

function inferPostgres(d: Draft, apps: AppFacts[], services: ServiceModel[]): void {
  const init = new Tally<YamlObject>();
  for (const a of apps) {
    const values = a.values;
    for (const controller of Object.values((values.controllers ?? {}) as Record<string, YamlObject>)) {
      for (const c of Object.values((controller.initContainers ?? {}) as Record<string, YamlObject>)) {
        const image = c.image as YamlObject | undefined;
        if (typeof image?.repository === 'string' && /postgres-init$/.test(image.repository)) {
          init.add(a.app, { repository: image.repository, tag: String(image.tag) });
        }
      }
    }
  }
  const shared = services.flatMap(s => s.databases.filter(db => db.kind === 'shared-postgres').map(db => ({ s, db })));
  const initVote = init.dominant();
  if (initVote && shared.length) {
    const cluster = new Tally<YamlObject>();
    for (const { s, db } of shared) cluster.add(s.id, { cluster: db.name, namespace: db.namespace ?? 'default' });
    const superuser = new Tally<YamlObject>();
    for (const a of apps.filter(x => initVote.apps.includes(x.app))) {
      for (const es of docsOfKind(a, 'ExternalSecret')) {
        const text = JSON.stringify(getPath(es.object, 'spec', 'target', 'template', 'data') ?? {});
        const key = /"INIT_POSTGRES_SUPER_PASS":"\{\{ \.([A-Z0-9_]+) \}\}"/.exec(text)?.[1];
        const items = ((getPath(es.object, 'spec', 'dataFrom') as YamlObject[] | undefined) ?? []).map(x => getPath(x, 'extract', 'key')).filter(k => k !== a.app);
        if (key && items.length === 1) superuser.add(a.app, { superuserItem: items[0], superuserKey: key });
      }
    }
    const c = cluster.dominant()!;
    const su = superuser.dominant();
    if (!su) {
      d.cannot('postgres', `apps ${initVote.apps.join(', ')} create their database with postgres-init, but no ExternalSecret shows where the superuser password is kept`);
      return;
    }
    d.set('postgres', { value: { style: 'shared-cnpg', ...c.value, initImage: initVote.value, ...su.value }, apps: [...new Set([...c.apps, ...initVote.apps])].sort(), of: apps.length });
    return;
  }
  const cnpg = services.flatMap(s => s.databases.filter(db => db.kind === 'cnpg-cluster' && !db.bundled).map(() => s.id));
  if (cnpg.length) {
    d.fixed('postgres', { style: 'cnpg-cluster', instances: 1 }, [...new Set(cnpg)].sort(), services.length);
    return;
  }
  d.fixed('postgres', { style: 'none', reason: 'no service in this repository has a Postgres database (no CloudNativePG Cluster, no postgres-init container): Homeport will not bring in a database operator; set spec.postgres in .homeport/profile.yaml' }, [], services.length);
  d.cannot('postgres', 'no service in this repository has a Postgres database: postgres specs are refused');
}

function inferRedis(d: Draft, services: ServiceModel[]): void {
  const used = services.filter(s => s.caches.length).map(s => s.id);
  d.fixed('redis', { style: 'app-template-controller', image: { repository: 'docker.io/valkey/valkey', tag: '8.1.4' } }, used, services.length);
  d.cannot(
    'redis',
    used.length
      ? `apps ${used.join(', ')} use a cache, each its own way: a new cache is a Valkey controller in the app's own app-template release (the flux-app-template default)`
      : "no app in this repository uses Redis: a new cache is a Valkey controller in the app's own app-template release (the flux-app-template default; it needs nothing the repository does not run)",
  );
}

function inferGpu(d: Draft, services: ServiceModel[]): void {
  const classes = new Tally<string>();
  for (const s of services) for (const w of s.workloads) for (const g of w.gpu ?? []) if (g.via === 'dra') classes.add(s.id, g.resource);
  const all = classes.all();
  if (!all.length) {
    d.fixed('gpu', { style: 'none', reason: 'no workload in this repository requests a GPU' }, [], services.length);
    d.cannot('gpu', 'no workload requests a GPU: gpu specs are refused');
    return;
  }
  const vendor = (c: string) => (['intel', 'amd', 'nvidia'] as const).find(v => c.includes(v));
  const deviceClasses = Object.fromEntries(all.flatMap(v => (vendor(v.value) ? [[vendor(v.value)!, v.value]] : [])));
  d.set('gpu', { value: { style: 'dra', deviceClasses }, apps: [...new Set(all.flatMap(v => v.apps))].sort(), of: services.length });
}

function inferNamespace(d: Draft, apps: AppFacts[]): void {
  const ns = new Tally<string>();
  for (const a of apps) ns.add(a.app, a.namespace);
  d.fromTally('defaultNamespace', ns);
}

function inferUpdateBot(d: Draft, tree: FileTree): void {
  const configs = tree.paths().filter(p => /(^|\/)(\.?renovate(rc)?)(\.json5?)?$|^\.github\/renovate\.json5?$|^\.renovaterc(\.json5?)?$/.test(p));
  d.fixed('updateBot', configs.length ? { tool: 'renovate' } : { tool: 'none' }, configs.length ? configs : ['(no Renovate configuration)'], 1);
}

/**
 * Drafts a `flux-helm` profile from the repository's app-template apps, each field with
 * the apps it came from. Returns undefined when no app is an app-template HelmRelease.
 */
export function inferFluxHelm(tree: FileTree, services: ServiceModel[]): { spec: YamlObject; fields: InferredField[]; undecided: Undecided[]; apps: string[] } | undefined {
  const apps = appTemplateApps(tree, services, 'app-template');
  if (!apps.length) return undefined;
  const d = new Draft();
  d.spec.renderer = 'flux-helm';
  inferNamespace(d, apps);
  inferLayout(d, apps);
  inferRegistration(d, tree, apps);
  if (getPath(d.spec, 'registration', 'type') === 'none') d.fixed('layout.files.catalogInfo', '', ['(the engine applies every YAML file of the tree: a catalog-info.yaml would be applied too)'], 1);
  inferChart(d, apps);
  inferExposure(d, apps, services);
  inferSecrets(d, apps);
  inferStorage(d, services, apps);
  inferPostgres(d, apps, services);
  inferRedis(d, services);
  inferGpu(d, services);
  inferUpdateBot(d, tree);
  return { spec: d.spec, fields: d.fields, undecided: d.undecided, apps: apps.map(a => a.app).sort() };
}
