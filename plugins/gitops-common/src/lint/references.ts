import { arrayAt, getIn, isRecord, podSpecPath, POD_KINDS, stringAt, walk, YamlPath } from './k8s';
import type { RepoIndex, YamlDoc } from './repoIndex';

/** A name one object uses to refer to another (a Secret, a claim). */
export interface Reference {
  doc: YamlDoc;
  path: YamlPath;
  name: string;
  /** The namespace it is looked up in; `undefined` when unknown. */
  namespace?: string;
}

type PodSpec = { doc: YamlDoc; specPath: (string | number)[] };
const podSpecsOf = new WeakMap<RepoIndex, PodSpec[]>();

/** Every pod spec of the repository's workloads, with its path (found once per index: many rules ask). */
export function podSpecs(index: RepoIndex): PodSpec[] {
  let found = podSpecsOf.get(index);
  // Kept per index: say what it reads whenever it is asked (see ruleReuse.ts).
  index.track(...[...POD_KINDS].map(kind => `kind:${kind}`));
  if (!found) {
    found = index
      .objects(...POD_KINDS)
      .map(doc => ({ doc, specPath: podSpecPath(doc.kind!) }))
      .filter(({ doc, specPath }) => isRecord(getIn(doc.value, specPath)));
    podSpecsOf.set(index, found);
  }
  return [...found];
}

/** The namespace a HelmRelease installs into. */
export function releaseNamespace(index: RepoIndex, doc: YamlDoc): string | undefined {
  return stringAt(doc.value, ['spec', 'targetNamespace']) ?? index.namespaceOf(doc);
}

/** The HelmReleases of the repository (Flux). */
export function helmReleases(index: RepoIndex): YamlDoc[] {
  return index.objects('HelmRelease').filter(d => d.apiVersion?.startsWith('helm.toolkit.fluxcd.io/'));
}

const isOptional = (v: unknown) => isRecord(v) && v.optional === true;

/** Secret references in a value tree using Kubernetes' own shapes (env, envFrom, volumes). */
function k8sSecretRefs(value: unknown, base: YamlPath, add: (path: YamlPath, name: unknown) => void) {
  walk(value, (v, path) => {
    if (!isRecord(v)) return;
    const key = path[path.length - 1];
    if ((key === 'secretKeyRef' || key === 'secretRef') && !isOptional(v)) add([...base, ...path, 'name'], v.name);
    if (key === 'secret' && typeof v.secretName === 'string' && !isOptional(v)) add([...base, ...path, 'secretName'], v.secretName);
  });
}

/** A Secret one document names, before namespaces are known. */
interface RawSecretRef {
  path: YamlPath;
  name: unknown;
  /** `release`: looked up in the HelmRelease's target namespace; else in the object's. */
  in: 'object' | 'release';
}

type RawAdd = (path: YamlPath, name: unknown) => void;

/** The Secrets a pod spec names (env, envFrom, volumes, imagePullSecrets). */
function podSecretRefs(doc: YamlDoc, specPath: YamlPath, add: RawAdd) {
  k8sSecretRefs(getIn(doc.value, specPath), specPath, add);
  arrayAt(doc.value, [...specPath, 'imagePullSecrets']).forEach((s, i) => add([...specPath, 'imagePullSecrets', i, 'name'], getIn(s, ['name'])));
}

/** The Secrets a HelmRelease's values (in the release's namespace) and valuesFrom (in its own) name. */
function releaseSecretRefs(doc: YamlDoc, add: (scope: RawSecretRef['in']) => RawAdd) {
  const inRelease = add('release');
  const values = getIn(doc.value, ['spec', 'values']);
  k8sSecretRefs(values, ['spec', 'values'], inRelease);
  walk(values, (v, path, parents) => {
    const key = path[path.length - 1];
    if (typeof key !== 'string') return;
    const parent = parents[parents.length - 1];
    if (isRecord(parent) && parent.enabled === false) return;
    if (/^(existingSecret|existingSecretName|[a-z]+ExistingSecret)$/.test(key)) {
      if (typeof v === 'string') inRelease(['spec', 'values', ...path], v);
      else if (isRecord(v) && v.enabled !== false) {
        if (typeof v.secretName === 'string') inRelease(['spec', 'values', ...path, 'secretName'], v.secretName);
        else if (typeof v.name === 'string') inRelease(['spec', 'values', ...path, 'name'], v.name);
      }
    }
    if (/^(envFromSecrets|extraSecretNamesForEnvFrom)$/.test(key) && Array.isArray(v)) {
      v.forEach((name, i) => inRelease(['spec', 'values', ...path, i], name));
    }
  });
  const own = add('object');
  arrayAt(doc.value, ['spec', 'valuesFrom']).forEach((s, i) => {
    if (getIn(s, ['kind']) === 'Secret' && getIn(s, ['optional']) !== true) own(['spec', 'valuesFrom', i, 'name'], getIn(s, ['name']));
  });
}

/** `*SecretRef: { name }` of other namespaced objects (k8up, cert-manager solvers, Flux sources, CloudNativePG). */
function objectSecretRefs(doc: YamlDoc, add: RawAdd) {
  walk(doc.value, (v, path) => {
    const key = path[path.length - 1];
    if (!isRecord(v) || typeof key !== 'string') return;
    if (key === 'privateKeySecretRef' || path.includes('decryption')) return;
    if ((key === 'secretRef' || key.endsWith('SecretRef') || key === 'secretKeyRef') && !isOptional(v)) add([...path, 'name'], v.name);
    if (doc.kind === 'Cluster' && key === 'passwordSecret') add([...path, 'name'], v.name);
  });
}

/** The Secrets one document names, by how it is read (see secretReferences); read once per document. */
function rawSecretRefs(doc: YamlDoc, read: (doc: YamlDoc, add: (scope: RawSecretRef['in']) => RawAdd) => void): RawSecretRef[] {
  return doc.memo('secret-references', () => {
    const refs: RawSecretRef[] = [];
    // Every key and kind looked for holds "secret" or "Secret": a file without either names none.
    if (!doc.fileText.includes('ecret')) return refs;
    read(doc, scope => (path, name) => refs.push({ path, name, in: scope }));
    return refs;
  });
}

/** Secrets the repository's objects need, by name and namespace. */
export function secretReferences(index: RepoIndex): Reference[] {
  const refs: Reference[] = [];
  const seen = new Set<string>();
  const push = (doc: YamlDoc, namespace: string | undefined) => (path: YamlPath, name: unknown) => {
    if (typeof name !== 'string' || name === '' || name.includes('{{') || name.includes('${')) return;
    // One reference per object and Secret: the first place it is named.
    const key = `${doc.file}\u0000${doc.index}\u0000${namespace}\u0000${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push({ doc, path, name, namespace });
  };
  // An object of a file several builds include (a kustomize Component) needs its Secrets in each of their namespaces.
  const pushEach = (doc: YamlDoc) => {
    const namespaces = index.namespacesOf(doc);
    const adders = (namespaces.length ? namespaces : [undefined]).map(ns => push(doc, ns));
    return (path: YamlPath, name: unknown) => adders.forEach(add => add(path, name));
  };
  const pushAll = (doc: YamlDoc, raw: RawSecretRef[]) => {
    if (!raw.length) return;
    const inObject = pushEach(doc);
    const inRelease = raw.some(r => r.in === 'release') ? push(doc, releaseNamespace(index, doc)) : undefined;
    for (const r of raw) (r.in === 'release' ? inRelease! : inObject)(r.path, r.name);
  };
  for (const { doc, specPath } of podSpecs(index))
    pushAll(doc, rawSecretRefs(doc, (d, add) => podSecretRefs(d, specPath, add('object'))));
  for (const doc of index.objects('ServiceAccount'))
    pushAll(
      doc,
      rawSecretRefs(doc, (d, add) =>
        arrayAt(d.value, ['imagePullSecrets']).forEach((s, i) => add('object')(['imagePullSecrets', i, 'name'], getIn(s, ['name']))),
      ),
    );
  for (const doc of helmReleases(index)) pushAll(doc, rawSecretRefs(doc, releaseSecretRefs));
  for (const doc of index.objects()) {
    if (!doc.namespaced || POD_KINDS.has(doc.kind!) || doc.kind === 'HelmRelease' || doc.kind === 'ServiceAccount') continue;
    if (index.namespaceOf(doc) === 'flux-system') continue;
    pushAll(doc, rawSecretRefs(doc, (d, add) => objectSecretRefs(d, add('object'))));
  }
  return refs;
}

/** Secrets the repository defines or has an operator create: `namespace\0name`, `*` for any namespace. */
export function definedSecrets(index: RepoIndex): Set<string> {
  const defined = new Set<string>();
  const add = (namespace: string | undefined, name: unknown) => {
    if (typeof name === 'string') defined.add(`${namespace ?? '*'}\u0000${name}`);
  };
  for (const doc of index.objects()) {
    // An object of a file several builds include (a kustomize Component) is defined in each of their namespaces.
    // Looked up only for the few objects that define a Secret.
    let namespaces: string[] | undefined;
    const own = (name: unknown) => {
      namespaces ??= index.namespacesOf(doc);
      if (namespaces.length) namespaces.forEach(ns => add(ns, name));
      else add(undefined, name);
    };
    const v = doc.value;
    switch (doc.kind) {
      case 'ServiceAccount':
        // Talos' ServiceAccount (talos.dev) has Talos write a Secret of its name.
        if (doc.apiVersion?.startsWith('talos.dev/')) own(doc.name);
        break;
      case 'Secret':
      case 'OnePasswordItem':
        own(doc.name);
        break;
      case 'SealedSecret':
        own(stringAt(v, ['spec', 'template', 'metadata', 'name']) ?? doc.name);
        break;
      case 'VaultStaticSecret':
      case 'VaultDynamicSecret':
      case 'VaultPKISecret':
        own(stringAt(v, ['spec', 'destination', 'name']));
        break;
      case 'ExternalSecret':
        own(stringAt(v, ['spec', 'target', 'name']) ?? doc.name);
        break;
      case 'ClusterExternalSecret':
        add(undefined, stringAt(v, ['spec', 'externalSecretSpec', 'target', 'name']) ?? stringAt(v, ['spec', 'externalSecretName']) ?? doc.name);
        break;
      case 'CephCluster':
        // The Rook operator creates the cluster's secrets (rook-ceph-mon, rook-ceph-admin-keyring…).
        own('rook-ceph-*');
        break;
      case 'Certificate':
        own(stringAt(v, ['spec', 'secretName']));
        break;
      case 'Ingress':
        arrayAt(v, ['spec', 'tls']).forEach(t => own(getIn(t, ['secretName'])));
        break;
      case 'Cluster':
        if (doc.apiVersion?.startsWith('postgresql.cnpg.io/') && doc.name) {
          for (const suffix of ['app', 'superuser', 'ca', 'server', 'replication']) own(`${doc.name}-${suffix}`);
        }
        break;
      default:
    }
  }
  for (const k of index.kustomize.byDir.values()) {
    arrayAt(k.doc.value, ['secretGenerator']).forEach(g => add(stringAt(g, ['namespace']) ?? k.namespace, getIn(g, ['name'])));
  }
  return defined;
}

/** Whether a reference finds its definition. */
export function isDefined(defined: Set<string>, namespace: string | undefined, name: string): boolean {
  if (defined.has(`*\u0000${name}`) || defined.has(`${namespace ?? '*'}\u0000${name}`)) return true;
  if (name.startsWith('rook-ceph-') && (defined.has(`${namespace ?? '*'}\u0000rook-ceph-*`) || defined.has('*\u0000rook-ceph-*'))) return true;
  if (namespace === undefined) return [...defined].some(k => k.endsWith(`\u0000${name}`));
  return false;
}

/** PersistentVolumeClaims the repository's workloads and Helm values name. */
export function claimReferences(index: RepoIndex): Reference[] {
  const refs: Reference[] = [];
  for (const { doc, specPath } of podSpecs(index)) {
    const ns = index.namespaceOf(doc);
    arrayAt(doc.value, [...specPath, 'volumes']).forEach((vol, i) => {
      const name = getIn(vol, ['persistentVolumeClaim', 'claimName']);
      if (typeof name === 'string') refs.push({ doc, path: [...specPath, 'volumes', i, 'persistentVolumeClaim', 'claimName'], name, namespace: ns });
    });
  }
  for (const doc of helmReleases(index)) {
    const ns = releaseNamespace(index, doc);
    walk(getIn(doc.value, ['spec', 'values']), (v, path, parents) => {
      const key = path[path.length - 1];
      const parent = parents[parents.length - 1];
      if (typeof v !== 'string' || v === '' || v.includes('{{')) return;
      if (isRecord(parent) && parent.enabled === false) return;
      const claim =
        (key === 'claimName' && path[path.length - 2] === 'persistentVolumeClaim') ||
        key === 'existingClaim' ||
        key === 'persistentVolumeClaimName';
      if (claim) refs.push({ doc, path: ['spec', 'values', ...path], name: v, namespace: ns });
    });
  }
  return refs;
}

/** Claims that exist: PVC objects and StatefulSet claim templates (`<template>-<set>-<n>`). */
export function definedClaims(index: RepoIndex): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const doc of index.objects('PersistentVolumeClaim')) exact.add(`${index.namespaceOf(doc) ?? '*'}\u0000${doc.name}`);
  for (const doc of index.objects('StatefulSet')) {
    arrayAt(doc.value, ['spec', 'volumeClaimTemplates']).forEach(t => {
      const name = stringAt(t, ['metadata', 'name']);
      if (name) prefixes.push(`${index.namespaceOf(doc) ?? '*'}\u0000${name}-${doc.name}-`);
    });
  }
  return { exact, prefixes };
}
