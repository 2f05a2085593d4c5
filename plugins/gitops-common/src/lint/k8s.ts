/** Small helpers over Kubernetes objects as plain data. */

export type YamlPath = readonly (string | number)[];

/** A plain mapping (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or `undefined`. */
export function getIn(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

/** The string at `path`, or `undefined` when it is absent or not a string. */
export function stringAt(value: unknown, path: YamlPath): string | undefined {
  const v = getIn(value, path);
  return typeof v === 'string' ? v : undefined;
}

/** The array at `path`, or `[]`. */
export function arrayAt(value: unknown, path: YamlPath): unknown[] {
  const v = getIn(value, path);
  return Array.isArray(v) ? v : [];
}

/**
 * Calls `visit` for every value under `value` (depth first, mappings in key order), with
 * its path and the chain of values above it (outermost first). `path` and `parents` are
 * the walk's own arrays, valid during the call only: a visitor that keeps one copies it
 * (`[...path]`). One pair of arrays for the whole walk, not two per value.
 */
export function walk(
  value: unknown,
  visit: (value: unknown, path: (string | number)[], parents: unknown[]) => void,
  path: (string | number)[] = [],
  parents: unknown[] = [],
): void {
  visit(value, path, parents);
  if (Array.isArray(value)) {
    parents.push(value);
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], visit, path, parents);
      path.pop();
    }
    parents.pop();
  } else if (isRecord(value)) {
    parents.push(value);
    for (const key of Object.keys(value)) {
      path.push(key);
      walk(value[key], visit, path, parents);
      path.pop();
    }
    parents.pop();
  }
}

/** Kinds that have no namespace. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'CiliumBGPAdvertisement',
  'CiliumBGPClusterConfig',
  'CiliumBGPPeerConfig',
  'CiliumClusterwideNetworkPolicy',
  'CiliumLoadBalancerIPPool',
  'ClusterExternalSecret',
  'ClusterIssuer',
  'ClusterPolicy',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterSecretStore',
  'CSIDriver',
  'CustomResourceDefinition',
  'DeviceClass',
  'GatewayClass',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeSnapshotClass',
]);

/** Kinds whose objects are not cluster objects at all (build configuration). */
export const NON_OBJECT_API_GROUPS: readonly string[] = [
  'kustomize.config.k8s.io/',
  'backstage.io/',
  'config.kubernetes.io/',
  'homeport.dev/',
];

/** Kinds that run pods from a pod template (or are a pod). */
export const POD_KINDS: ReadonlySet<string> = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Rollout',
]);

/** The path of the pod spec in an object of a pod kind. */
export function podSpecPath(kind: string): (string | number)[] {
  if (kind === 'Pod') return ['spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return ['spec', 'template', 'spec'];
}

/** The path of the pod template's metadata (labels), or `undefined` for a bare Pod. */
export function podMetadataPath(kind: string): (string | number)[] {
  if (kind === 'Pod') return ['metadata'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'metadata'];
  return ['spec', 'template', 'metadata'];
}

/** Each container of a pod spec with its path (containers, initContainers, ephemeralContainers). */
export function containersOf(
  object: unknown,
  specPath: YamlPath,
): { path: (string | number)[]; container: Record<string, unknown> }[] {
  const out: { path: (string | number)[]; container: Record<string, unknown> }[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    arrayAt(object, [...specPath, field]).forEach((container, i) => {
      if (isRecord(container)) out.push({ path: [...specPath, field, i], container });
    });
  }
  return out;
}

/** An image reference split into repository, tag and digest. */
export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry:5000/org/app:1.2.3@sha256:…`. */
export function parseImage(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  }
  return { repository: rest, digest };
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, m: 1e-3 };

/** A storage quantity (`10Gi`, `"2147483648"`, `1G`) in bytes, or `undefined` if it is not one. */
export function quantityBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m)?\s*$/.exec(value);
  if (!m) return undefined;
  const unit = m[2] ?? '';
  return Number(m[1]) * (BINARY[unit] ?? DECIMAL[unit]);
}

/** `10Gi` for 10737418240, else the number of bytes. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of Object.entries(BINARY).reverse()) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return `${bytes}`;
}

/** A label selector's `matchLabels` (or a Service's plain selector) matches `labels`. */
export function selectorMatches(selector: Record<string, unknown>, labels: unknown): boolean {
  if (!isRecord(labels)) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] !== undefined && String(labels[k]) === String(v));
}
