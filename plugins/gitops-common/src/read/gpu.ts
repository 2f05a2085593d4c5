import { arr, str } from './objects';
import { objectsNamed, RepoIndex } from './repoIndex';
import { GpuRequest } from './types';
import { isRecord } from './yamlFile';

/** Device classes of a ResourceClaimTemplate (or ResourceClaim) spec, with their counts. */
function deviceClasses(object: unknown): GpuRequest[] {
  const outer = isRecord(object) ? object.spec : undefined;
  const spec = isRecord(outer) && isRecord(outer.spec) ? outer.spec : outer;
  const out: GpuRequest[] = [];
  for (const request of arr(spec, 'devices', 'requests')) {
    const exactly =
      isRecord(request) && isRecord(request.exactly)
        ? request.exactly
        : request;
    const deviceClass = str(exactly, 'deviceClassName');
    if (!deviceClass) continue;
    const count = Number(str(exactly, 'count') ?? 1);
    out.push({
      resource: deviceClass,
      count: Number.isFinite(count) ? count : 1,
      via: 'dra',
    });
  }
  return out;
}

/**
 * GPUs requested through Dynamic Resource Allocation: the named ResourceClaimTemplates
 * (or ResourceClaims) in the repository, else templates rendered from the same values
 * (app-template `rawResources`). Only device classes that name a GPU count.
 */
export function draGpus(
  index: RepoIndex,
  names: string[],
  inline: unknown[] = [],
): GpuRequest[] {
  const out: GpuRequest[] = [];
  const add = (requests: GpuRequest[]) => {
    for (const request of requests) {
      if (
        /gpu/i.test(request.resource) &&
        !out.some(r => r.resource === request.resource)
      )
        out.push(request);
    }
  };
  for (const name of names) {
    const found = [
      ...objectsNamed(index, 'ResourceClaimTemplate', name),
      ...objectsNamed(index, 'ResourceClaim', name),
    ];
    if (found.length)
      for (const located of found) add(deviceClasses(located.object));
    else for (const manifest of inline) add(deviceClasses(manifest));
  }
  return out;
}

/** ResourceClaimTemplate manifests rendered from values (bjw-s app-template `rawResources`). */
export function inlineClaimTemplates(values: unknown): unknown[] {
  const raw =
    isRecord(values) && isRecord(values.rawResources)
      ? values.rawResources
      : {};
  return Object.values(raw)
    .map(entry => (isRecord(entry) ? entry.manifest ?? entry.spec : undefined))
    .filter(
      manifest =>
        isRecord(manifest) &&
        (manifest.kind === 'ResourceClaimTemplate' ||
          manifest.kind === undefined),
    )
    .map(manifest =>
      isRecord(manifest) && manifest.kind ? manifest : { spec: manifest },
    );
}

/** The AMD GPU a privileged pod reaches through `/dev/kfd` (ROCm's compute interface) mounted from the host. */
export function hostDeviceGpus(hostDevices: string[]): GpuRequest[] {
  return hostDevices.some(d => d === '/dev/kfd' || d.startsWith('/dev/kfd/'))
    ? [{ resource: 'amd.com/gpu', count: 1, via: 'host-device' }]
    : [];
}
