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
  if (!found) {
    found = index
      .objects()
      .filter(d => POD_KINDS.has(d.kind!))
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
  for (const { doc, specPath } of podSpecs(index)) {
    const add = push(doc, index.namespaceOf(doc));
    k8sSecretRefs(getIn(doc.value, specPath), specPath, add);
    arrayAt(doc.value, [...specPath, 'imagePullSecrets']).forEach((s, i) => add([...specPath, 'imagePullSecrets', i, 'name'], getIn(s, ['name'])));
  }
  for (const doc of index.objects('ServiceAccount')) {
    const add = push(doc, index.namespaceOf(doc));
    arrayAt(doc.value, ['imagePullSecrets']).forEach((s, i) => add(['imagePullSecrets', i, 'name'], getIn(s, ['name'])));
  }
  for (const doc of helmReleases(index)) {
    const add = push(doc, releaseNamespace(index, doc));
    const values = getIn(doc.value, ['spec', 'values']);
    k8sSecretRefs(values, ['spec', 'values'], add);
    walk(values, (v, path, parents) => {
      const key = path[path.length - 1];
      if (typeof key !== 'string') return;
      const parent = parents[parents.length - 1];
      if (isRecord(parent) && parent.enabled === false) return;
      if (/^(existingSecret|existingSecretName|[a-z]+ExistingSecret)$/.test(key)) {
        if (typeof v === 'string') add(['spec', 'values', ...path], v);
        else if (isRecord(v) && v.enabled !== false) {
          if (typeof v.secretName === 'string') add(['spec', 'values', ...path, 'secretName'], v.secretName);
          else if (typeof v.name === 'string') add(['spec', 'values', ...path, 'name'], v.name);
        }
      }
      if (/^(envFromSecrets|extraSecretNamesForEnvFrom)$/.test(key) && Array.isArray(v)) {
        v.forEach((name, i) => add(['spec', 'values', ...path, i], name));
      }
    });
    const ownAdd = push(doc, index.namespaceOf(doc));
    arrayAt(doc.value, ['spec', 'valuesFrom']).forEach((s, i) => {
      if (getIn(s, ['kind']) === 'Secret' && getIn(s, ['optional']) !== true) ownAdd(['spec', 'valuesFrom', i, 'name'], getIn(s, ['name']));
    });
  }
  // Other namespaced objects: `*SecretRef: { name }` (k8up, cert-manager solvers, Flux sources).
  for (const doc of index.objects()) {
    if (!doc.namespaced || POD_KINDS.has(doc.kind!) || doc.kind === 'HelmRelease' || doc.kind === 'ServiceAccount') continue;
    const namespace = index.namespaceOf(doc);
    if (namespace === 'flux-system') continue;
    const add = push(doc, namespace);
    walk(doc.value, (v, path) => {
      const key = path[path.length - 1];
      if (!isRecord(v) || typeof key !== 'string') return;
      if (key === 'privateKeySecretRef' || path.includes('decryption')) return;
      if ((key === 'secretRef' || key.endsWith('SecretRef') || key === 'secretKeyRef') && !isOptional(v)) add([...path, 'name'], v.name);
      if (doc.kind === 'Cluster' && key === 'passwordSecret') add([...path, 'name'], v.name);
    });
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
    const ns = index.namespaceOf(doc);
    const v = doc.value;
    switch (doc.kind) {
      case 'ServiceAccount':
        // Talos' ServiceAccount (talos.dev) has Talos write a Secret of its name.
        if (doc.apiVersion?.startsWith('talos.dev/')) add(ns, doc.name);
        break;
      case 'Secret':
      case 'OnePasswordItem':
        add(ns, doc.name);
        break;
      case 'SealedSecret':
        add(ns, stringAt(v, ['spec', 'template', 'metadata', 'name']) ?? doc.name);
        break;
      case 'VaultStaticSecret':
      case 'VaultDynamicSecret':
      case 'VaultPKISecret':
        add(ns, stringAt(v, ['spec', 'destination', 'name']));
        break;
      case 'ExternalSecret':
        add(ns, stringAt(v, ['spec', 'target', 'name']) ?? doc.name);
        break;
      case 'ClusterExternalSecret':
        add(undefined, stringAt(v, ['spec', 'externalSecretSpec', 'target', 'name']) ?? stringAt(v, ['spec', 'externalSecretName']) ?? doc.name);
        break;
      case 'CephCluster':
        // The Rook operator creates the cluster's secrets (rook-ceph-mon, rook-ceph-admin-keyring…).
        add(ns, 'rook-ceph-*');
        break;
      case 'Certificate':
        add(ns, stringAt(v, ['spec', 'secretName']));
        break;
      case 'Ingress':
        arrayAt(v, ['spec', 'tls']).forEach(t => add(ns, getIn(t, ['secretName'])));
        break;
      case 'Cluster':
        if (doc.apiVersion?.startsWith('postgresql.cnpg.io/') && doc.name) {
          for (const suffix of ['app', 'superuser', 'ca', 'server', 'replication']) add(ns, `${doc.name}-${suffix}`);
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
