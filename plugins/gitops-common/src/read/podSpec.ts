import { parseImage } from './images';
import { arr, rec, str } from './objects';
import { GpuRequest, ImageRef } from './types';
import { isRecord } from './yamlFile';

/** What a pod spec tells about a workload, and what it references. */
export interface PodFacts {
  images: ImageRef[];
  privileged: boolean;
  gpu: GpuRequest[];
  hostDevices: string[];
  claims: string[];
  secrets: string[];
  configMaps: string[];
  serviceAccount?: string;
  /** DRA ResourceClaimTemplate names (or ResourceClaim names) the pod asks for. */
  resourceClaims: string[];
  /** Every string of the pod spec (for connection strings such as `pg-rw.databases.svc`). */
  strings: string[];
}

const GPU_RESOURCE =
  /(^|\/)gpu$|^gpu\.intel\.com\/|^nvidia\.com\/|^amd\.com\/gpu|\.gpu$/;

/** Whether a resource name is a GPU resource of a device plugin. */
export function isGpuResource(name: string): boolean {
  return GPU_RESOURCE.test(name) && !name.startsWith('nvidia.com/mig-');
}

/** A device count from a Kubernetes quantity (`1`, `"2"`, `1000m` is one). */
function quantity(value: unknown): number {
  const text = String(value).trim();
  const milli = /^(\d+)m$/.exec(text);
  const n =
    typeof value === 'number'
      ? value
      : Number.parseInt(milli ? milli[1] : text, 10) / (milli ? 1000 : 1);
  return Number.isFinite(n) && n > 0 ? Math.max(1, Math.round(n)) : 1;
}

/** GPU device-plugin resources of a container's `resources`. */
export function gpuOfResources(resources: unknown): GpuRequest[] {
  const found = new Map<string, number>();
  for (const section of ['limits', 'requests']) {
    for (const [name, value] of Object.entries(rec(resources, section))) {
      if (isGpuResource(name) && !found.has(name))
        found.set(name, quantity(value));
    }
  }
  return [...found].map(([resource, count]) => ({
    resource,
    count,
    via: 'resources',
  }));
}

/** Every string inside a value (those `keep` accepts, when given). */
export function collectStrings(
  value: unknown,
  out: string[] = [],
  keep?: (text: string) => boolean,
): string[] {
  if (typeof value === 'string') {
    if (!keep || keep(value)) out.push(value);
  } else if (Array.isArray(value))
    for (const item of value) collectStrings(item, out, keep);
  else if (isRecord(value))
    for (const key of Object.keys(value)) collectStrings(value[key], out, keep);
  return out;
}

function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const factsOf = new WeakMap<Record<string, unknown>, PodFacts>();

/**
 * Reads a pod spec: images, privilege, GPUs, host devices and references. Several
 * steps of a read ask of the same spec: it is read once (the facts are not to be changed).
 */
export function readPodSpec(spec: Record<string, unknown>): PodFacts {
  let facts = factsOf.get(spec);
  if (!facts) {
    facts = readPodFacts(spec);
    factsOf.set(spec, facts);
  }
  return facts;
}

function readPodFacts(spec: Record<string, unknown>): PodFacts {
  const containers = [
    ...arr(spec, 'initContainers'),
    ...arr(spec, 'containers'),
    ...arr(spec, 'ephemeralContainers'),
  ];
  const images: ImageRef[] = [];
  const gpu: GpuRequest[] = [];
  const secrets: string[] = [];
  const configMaps: string[] = [];
  let privileged = false;
  for (const container of containers) {
    const image = str(container, 'image');
    if (image && !images.some(i => i.raw === image.trim()))
      images.push(parseImage(image));
    if (rec(container, 'securityContext').privileged === true)
      privileged = true;
    for (const request of gpuOfResources(rec(container, 'resources'))) {
      if (!gpu.some(g => g.resource === request.resource)) gpu.push(request);
    }
    for (const env of arr(container, 'env')) {
      const secret = str(env, 'valueFrom', 'secretKeyRef', 'name');
      if (secret) secrets.push(secret);
      const configMap = str(env, 'valueFrom', 'configMapKeyRef', 'name');
      if (configMap) configMaps.push(configMap);
    }
    for (const from of arr(container, 'envFrom')) {
      const secret = str(from, 'secretRef', 'name');
      if (secret) secrets.push(secret);
      const configMap = str(from, 'configMapRef', 'name');
      if (configMap) configMaps.push(configMap);
    }
  }
  const claims: string[] = [];
  const hostDevices: string[] = [];
  for (const volume of arr(spec, 'volumes')) {
    const claim = str(volume, 'persistentVolumeClaim', 'claimName');
    if (claim) claims.push(claim);
    const hostPath = str(volume, 'hostPath', 'path');
    if (hostPath?.startsWith('/dev/')) hostDevices.push(hostPath);
    const secret = str(volume, 'secret', 'secretName');
    if (secret) secrets.push(secret);
    const configMap = str(volume, 'configMap', 'name');
    if (configMap) configMaps.push(configMap);
    for (const source of arr(volume, 'projected', 'sources')) {
      const projectedSecret = str(source, 'secret', 'name');
      if (projectedSecret) secrets.push(projectedSecret);
      const projectedConfigMap = str(source, 'configMap', 'name');
      if (projectedConfigMap) configMaps.push(projectedConfigMap);
    }
  }
  for (const pullSecret of arr(spec, 'imagePullSecrets')) {
    const name = str(pullSecret, 'name');
    if (name) secrets.push(name);
  }
  const resourceClaims: string[] = [];
  for (const claim of arr(spec, 'resourceClaims')) {
    const name =
      str(claim, 'resourceClaimTemplateName') ??
      str(claim, 'resourceClaimName') ??
      str(claim, 'source', 'resourceClaimTemplateName');
    if (name) resourceClaims.push(name);
  }
  return {
    images,
    privileged,
    gpu,
    hostDevices: uniq(hostDevices),
    claims: uniq(claims),
    secrets: uniq(secrets),
    configMaps: uniq(configMaps),
    serviceAccount: str(spec, 'serviceAccountName'),
    resourceClaims: uniq(resourceClaims),
    strings: collectStrings(spec),
  };
}
