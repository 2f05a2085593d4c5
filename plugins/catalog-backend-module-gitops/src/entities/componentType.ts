import type { FileTree, ServiceModel } from '@homeport/plugin-gitops-common';

const GPU_DEVICES = ['/dev/kfd', '/dev/dri'];

/** Whether a service asks for a GPU: a GPU resource or DRA claim, or a mounted GPU device. */
export function usesGpu(service: ServiceModel): boolean {
  return service.workloads.some(
    w =>
      (w.gpu?.length ?? 0) > 0 ||
      (w.hostDevices ?? []).some(d =>
        GPU_DEVICES.some(g => d === g || d.startsWith(`${g}/`)),
      ),
  );
}

/**
 * A top-level `kind: Service` in a YAML document of the file. Only detects (the reader
 * parsed the files already and keeps no Service objects); an object nested in a `List`
 * is not seen, which at worst makes a service a `worker`.
 */
const SERVICE_KIND = /^kind:[ \t]*["']?Service["']?[ \t]*(?:#.*)?$/m;

/** Whether a service defines a Kubernetes Service, or deploys a chart (which renders its own). */
export function exposesService(service: ServiceModel, tree: FileTree): boolean {
  if (
    service.workloads.some(
      w => w.kind === 'HelmRelease' || w.kind === 'Application',
    )
  )
    return true;
  return service.files.some(
    file => /\.ya?ml$/.test(file) && SERVICE_KIND.test(tree.read(file) ?? ''),
  );
}

/**
 * The Component type: `gpu-workload` when it asks for a GPU; `website` when it has
 * hosts and nothing else hints at a backend (no database or cache); `service` when it
 * has hosts or a Kubernetes Service; `worker` otherwise (batch jobs, consumers).
 */
export function componentType(service: ServiceModel, tree: FileTree): string {
  if (usesGpu(service)) return 'gpu-workload';
  if (service.hosts.length) {
    return service.databases.length || service.caches.length
      ? 'service'
      : 'website';
  }
  const batchOnly =
    service.workloads.length > 0 &&
    service.workloads.every(w => w.kind === 'CronJob' || w.kind === 'Job');
  if (batchOnly) return 'worker';
  return exposesService(service, tree) ? 'service' : 'worker';
}
