import { GpuUse, KubeObject } from './types';

/** Whether an extended resource name is a GPU (`amd.com/gpu`, `nvidia.com/gpu`, `gpu.intel.com/i915`). */
export function isGpuResource(name: string): boolean {
  return /(^|[./])gpu([./]|$)/i.test(name) || /nvidia\.com\/mig-/.test(name);
}

interface Container {
  name: string;
  resources?: {
    requests?: Record<string, string>;
    limits?: Record<string, string>;
  };
  securityContext?: { privileged?: boolean };
  volumeMounts?: { name: string; mountPath: string }[];
}

/** GPU requests, privilege and host device mounts of a pod (or pod template) spec. */
export function gpuUseOf(podSpec: KubeObject['spec']): GpuUse {
  const containers: Container[] = [
    ...(podSpec?.initContainers ?? []),
    ...(podSpec?.containers ?? []),
  ];
  const totals = new Map<string, number>();
  for (const c of containers) {
    const names = new Set([
      ...Object.keys(c.resources?.requests ?? {}),
      ...Object.keys(c.resources?.limits ?? {}),
    ]);
    for (const name of names) {
      if (!isGpuResource(name)) continue;
      // Extended resources: a request must equal its limit; either may be given alone.
      const count = Number(
        c.resources?.limits?.[name] ?? c.resources?.requests?.[name] ?? 0,
      );
      totals.set(
        name,
        (totals.get(name) ?? 0) + (Number.isFinite(count) ? count : 0),
      );
    }
  }
  const requests = [...totals].map(([resource, count]) => ({
    resource,
    count: String(count),
  }));
  for (const claim of podSpec?.resourceClaims ?? []) {
    requests.push({ resource: `DRA claim ${claim.name}`, count: '1' });
  }
  const hostDevices = new Map<string, string>();
  for (const v of podSpec?.volumes ?? []) {
    const path: string | undefined = v.hostPath?.path;
    if (path?.startsWith('/dev/') || path === '/dev')
      hostDevices.set(v.name, path);
  }
  const deviceMounts = new Set<string>();
  for (const c of containers) {
    for (const m of c.volumeMounts ?? []) {
      const path = hostDevices.get(m.name);
      if (path) deviceMounts.add(path);
    }
  }
  return {
    requests,
    privileged: containers.some(c => c.securityContext?.privileged === true),
    deviceMounts: [...deviceMounts].sort(),
  };
}

/** Whether the pod uses a GPU or the host's devices at all. */
export function usesGpu(gpu: GpuUse): boolean {
  return (
    gpu.requests.length > 0 || gpu.deviceMounts.length > 0 || gpu.privileged
  );
}

/** What a host device mount gives the pod, in words. */
export function describeDevice(path: string): string {
  if (path === '/dev/kfd') return 'AMD GPU compute (ROCm)';
  if (path.startsWith('/dev/dri')) return 'GPU render nodes';
  if (path.startsWith('/dev/nvidia')) return 'NVIDIA GPU device';
  if (path.startsWith('/dev/accel')) return 'accelerator device';
  return 'host device';
}
