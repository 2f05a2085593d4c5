import { Instance } from './instances';
import {
  arr,
  isHelmRelease,
  isKind,
  isPodController,
  podLabelsOf,
  podSpecOf,
  rec,
  str,
  stringMap,
} from './objects';
import { collectStrings, readPodSpec } from './podSpec';

/** What a workload instance (pod controller or HelmRelease) points at, by name, in its namespace. */
export interface WorkloadRefs {
  namespace?: string;
  podLabels: Record<string, string>;
  /** Names it uses: secrets, claims, config maps, service accounts (HelmRelease: every values string). */
  names: Set<string>;
  /** A HelmRelease's release name and the namespace it renders into. */
  release?: { name: string; namespace?: string };
}

/** The name of the Secret an object produces (Secret, ExternalSecret, VaultStaticSecret, SealedSecret). */
export function producedSecretName(instance: Instance): string | undefined {
  const { object } = instance;
  const name = object.metadata.name;
  switch (object.kind) {
    case 'Secret':
      return name;
    case 'ExternalSecret':
      return str(object, 'spec', 'target', 'name') ?? name;
    case 'VaultStaticSecret':
    case 'VaultDynamicSecret':
    case 'VaultPKISecret':
      return str(object, 'spec', 'destination', 'name') ?? name;
    case 'SealedSecret':
      return str(object, 'spec', 'template', 'metadata', 'name') ?? name;
    default:
      return undefined;
  }
}

/** Backend Service names of an Ingress or HTTPRoute. */
export function routeBackends(instance: Instance): string[] {
  const { object } = instance;
  const names = new Set<string>();
  if (
    isKind(object, 'Ingress', 'networking.k8s.io') ||
    isKind(object, 'Ingress', 'extensions')
  ) {
    const add = (backend: unknown) => {
      const name =
        str(backend, 'service', 'name') ?? str(backend, 'serviceName');
      if (name) names.add(name);
    };
    add(rec(object, 'spec', 'defaultBackend'));
    for (const rule of arr(object, 'spec', 'rules')) {
      for (const path of arr(rule, 'http', 'paths')) add(rec(path, 'backend'));
    }
  } else if (
    isKind(object, 'HTTPRoute', 'gateway.networking.k8s.io') ||
    isKind(object, 'GRPCRoute', 'gateway.networking.k8s.io')
  ) {
    for (const rule of arr(object, 'spec', 'rules')) {
      for (const ref of arr(rule, 'backendRefs')) {
        const kind = str(ref, 'kind') ?? 'Service';
        const name = str(ref, 'name');
        if (kind === 'Service' && name) names.add(name);
      }
    }
  }
  return [...names];
}

const refsOf = new WeakMap<Instance, WorkloadRefs | undefined>();

/** The references of a pod controller or HelmRelease; undefined for other objects. */
export function workloadRefs(instance: Instance): WorkloadRefs | undefined {
  // Asked of every instance by each grouping step: read once per instance.
  if (refsOf.has(instance)) return refsOf.get(instance);
  const refs = readWorkloadRefs(instance);
  refsOf.set(instance, refs);
  return refs;
}


function readWorkloadRefs(instance: Instance): WorkloadRefs | undefined {
  const { object } = instance;
  if (isPodController(object)) {
    const facts = readPodSpec(podSpecOf(object));
    const names = new Set([
      ...facts.secrets,
      ...facts.claims,
      ...facts.configMaps,
    ]);
    if (facts.serviceAccount) names.add(facts.serviceAccount);
    for (const template of arr(object, 'spec', 'volumeClaimTemplates')) {
      const name = str(template, 'metadata', 'name');
      if (name) names.add(`${name}-${object.metadata.name ?? ''}-0`);
    }
    return {
      namespace: instance.namespace,
      podLabels: podLabelsOf(object),
      names,
    };
  }
  if (isHelmRelease(object)) {
    const name =
      str(object, 'spec', 'releaseName') ?? object.metadata.name ?? '';
    const namespace = instance.releaseNamespace ?? instance.namespace;
    const names = new Set(
      collectStrings(rec(object, 'spec', 'values')).map(s =>
        s.replace(/\{\{\s*\.Release\.Name\s*\}\}/g, name),
      ),
    );
    for (const from of arr(object, 'spec', 'valuesFrom')) {
      const ref = str(from, 'name');
      if (ref) names.add(ref);
    }
    return {
      namespace,
      podLabels: stringMap(object.metadata.labels),
      names,
      release: { name, namespace },
    };
  }
  return undefined;
}

/** Whether `labels` match every pair of `selector`. */
export function matchesSelector(
  labels: Record<string, string>,
  selector: Record<string, string>,
): boolean {
  const pairs = Object.entries(selector);
  return (
    pairs.length > 0 && pairs.every(([key, value]) => labels[key] === value)
  );
}
