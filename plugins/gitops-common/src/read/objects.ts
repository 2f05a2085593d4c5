import { isRecord } from './yamlFile';

/** A Kubernetes object as plain data (only the fields the reader relies on are typed). */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name?: string;
    namespace?: string;
    labels?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
  };
  spec?: unknown;
  [key: string]: unknown;
}

/** The value as a Kubernetes object, if it has an apiVersion and a kind (Backstage entities and Homeport's steps files are not). */
export function asK8sObject(value: unknown): K8sObject | undefined {
  if (!isRecord(value)) return undefined;
  if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string')
    return undefined;
  if (
    value.apiVersion.startsWith('backstage.io/') ||
    value.apiVersion.startsWith('kustomize.config.k8s.io/') ||
    value.apiVersion.startsWith('homeport.dev/')
  )
    return undefined;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return { ...value, metadata } as K8sObject;
}

/** The API group of an apiVersion (`''` for the core group). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** Whether the object is `kind` in an API group that starts with `groupPrefix`. */
export function isKind(
  object: K8sObject,
  kind: string,
  groupPrefix?: string,
): boolean {
  if (object.kind !== kind) return false;
  return (
    groupPrefix === undefined ||
    apiGroup(object.apiVersion).startsWith(groupPrefix)
  );
}

/** A nested value by path, or undefined. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key];
    } else {
      if (!isRecord(current)) return undefined;
      current = current[key];
    }
  }
  return current;
}

/** A nested string by path (numbers are stringified), or undefined. */
export function str(
  value: unknown,
  ...path: (string | number)[]
): string | undefined {
  const found = at(value, ...path);
  if (typeof found === 'string') return found;
  if (typeof found === 'number') return String(found);
  return undefined;
}

/** A nested array by path, or `[]`. */
export function arr(value: unknown, ...path: (string | number)[]): unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found : [];
}

/** A nested mapping by path, or `{}`. */
export function rec(
  value: unknown,
  ...path: (string | number)[]
): Record<string, unknown> {
  const found = at(value, ...path);
  return isRecord(found) ? found : {};
}

/** String-valued entries of a mapping. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (
      typeof v === 'string' ||
      typeof v === 'number' ||
      typeof v === 'boolean'
    )
      out[key] = String(v);
  }
  return out;
}

export const FLUX_KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io';
export const FLUX_HELM_GROUP = 'helm.toolkit.fluxcd.io';
export const FLUX_SOURCE_GROUP = 'source.toolkit.fluxcd.io';
export const ARGO_GROUP = 'argoproj.io';

/** A Flux Kustomization (not a kustomize `kustomization.yaml`). */
export function isFluxKustomization(object: K8sObject): boolean {
  return isKind(object, 'Kustomization', FLUX_KUSTOMIZE_GROUP);
}

export function isArgoApplication(object: K8sObject): boolean {
  return isKind(object, 'Application', ARGO_GROUP);
}

export function isArgoApplicationSet(object: K8sObject): boolean {
  return isKind(object, 'ApplicationSet', ARGO_GROUP);
}

export function isHelmRelease(object: K8sObject): boolean {
  return isKind(object, 'HelmRelease', FLUX_HELM_GROUP);
}

/** Objects of the engines themselves: they deploy other files. */
export function isEntryObject(object: K8sObject): boolean {
  return (
    isFluxKustomization(object) ||
    isArgoApplication(object) ||
    isArgoApplicationSet(object)
  );
}

const SCAFFOLDING_KINDS = new Set([
  'Namespace',
  'AppProject',
  'GitRepository',
  'HelmRepository',
  'OCIRepository',
  'Bucket',
  'ImageUpdateAutomation',
]);

/**
 * Objects that register, scope or source apps rather than make one: namespaces,
 * engine objects, Flux sources. A folder holding only these is not an app folder.
 */
export function isScaffolding(object: K8sObject): boolean {
  return isEntryObject(object) || SCAFFOLDING_KINDS.has(object.kind);
}

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'ClusterIssuer',
  'ClusterSecretStore',
  'ClusterExternalSecret',
  'PriorityClass',
  'IngressClass',
  'GatewayClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'DeviceClass',
  'VolumeSnapshotClass',
  'CSIDriver',
  'RuntimeClass',
  'APIService',
  'Node',
]);

/** Whether objects of this kind have no namespace. */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** Raw pod controllers the reader reports as workloads. */
export const POD_CONTROLLER_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'CronJob',
  'Job',
] as const;
export type PodControllerKind = (typeof POD_CONTROLLER_KINDS)[number];

export function isPodController(object: K8sObject): boolean {
  return (
    (POD_CONTROLLER_KINDS as readonly string[]).includes(object.kind) &&
    (apiGroup(object.apiVersion) === 'apps' ||
      apiGroup(object.apiVersion) === 'batch')
  );
}

/** The pod spec of a pod controller. */
export function podSpecOf(object: K8sObject): Record<string, unknown> {
  if (object.kind === 'CronJob')
    return rec(object, 'spec', 'jobTemplate', 'spec', 'template', 'spec');
  return rec(object, 'spec', 'template', 'spec');
}

/** The pod template labels of a pod controller. */
export function podLabelsOf(object: K8sObject): Record<string, string> {
  if (object.kind === 'CronJob') {
    return stringMap(
      at(
        object,
        'spec',
        'jobTemplate',
        'spec',
        'template',
        'metadata',
        'labels',
      ),
    );
  }
  return stringMap(at(object, 'spec', 'template', 'metadata', 'labels'));
}
