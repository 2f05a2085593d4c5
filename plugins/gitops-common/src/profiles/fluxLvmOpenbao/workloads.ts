import { AppPlan, planVolumes } from '../../render/appPlan';
import {
  ContainerPlan,
  deploymentObject,
  httpProbe,
  serviceObject,
} from '../../render/objects';
import { GpuSpec, ImageSource } from '../../specs';
import { YamlObject } from '../../yaml/documents';

/** The device-plugin resource of each GPU vendor. */
export const GPU_RESOURCES: Record<GpuSpec['vendor'], string> = {
  amd: 'amd.com/gpu',
  nvidia: 'nvidia.com/gpu',
  intel: 'gpu.intel.com/i915',
};

function digestOrTag(repository: string, tag: string) {
  return `${repository}:${tag}`;
}

/** How a GPU workload reaches its GPUs: seed 000 runs AMD GPUs privileged. */
export function gpuAccess(spec: GpuSpec): 'device-plugin' | 'privileged' {
  if (spec.access) return spec.access;
  return spec.vendor === 'amd' ? 'privileged' : 'device-plugin';
}

/** A Deployment (and a Service for its ports) for an app from a container image. */
export function imageAppObjects(plan: AppPlan, source: ImageSource): YamlObject[] {
  const { volumes, mounts } = planVolumes(plan);
  const container: ContainerPlan = {
    name: plan.name,
    image: digestOrTag(source.repository, source.tag),
    command: source.command,
    args: source.args,
    ports: source.ports.map(p => ({ name: p.name, containerPort: p.port, protocol: p.protocol })),
    env: [...source.env.map(e => ({ name: e.name, value: e.value })), ...plan.env],
    envFrom: plan.envFrom,
    resources: source.resources,
    livenessProbe: httpProbe(source.probes?.liveness),
    readinessProbe: httpProbe(source.probes?.readiness),
    volumeMounts: mounts,
  };
  const objects: YamlObject[] = [
    deploymentObject({
      name: plan.name,
      namespace: plan.namespace,
      app: plan.name,
      replicas: source.replicas,
      // Volumes on LVM are ReadWriteOnce: a rolling update could not mount them twice.
      strategy: plan.volumes.length ? 'Recreate' : undefined,
      pod: { containers: [container], volumes, serviceAccountName: plan.serviceAccountName },
    }),
  ];
  if (source.ports.length) {
    objects.push(
      serviceObject({
        name: plan.name,
        namespace: plan.namespace,
        app: plan.name,
        selector: plan.name,
        ports: source.ports,
      }),
    );
  }
  return objects;
}

/**
 * A GPU workload: one replica, `Recreate`, and either the vendor's device-plugin
 * resource or (seed 000) a privileged pod with the host's `/dev/kfd` and `/dev/dri`.
 */
export function gpuObjects(
  plan: AppPlan,
  spec: GpuSpec,
  access: 'device-plugin' | 'privileged',
): YamlObject[] {
  const { volumes, mounts } = planVolumes(plan);
  const privileged = access === 'privileged';
  const devices =
    spec.vendor === 'amd'
      ? [
          { name: 'kfd', path: '/dev/kfd', type: 'CharDevice' },
          { name: 'dri', path: '/dev/dri', type: 'Directory' },
        ]
      : [{ name: 'dri', path: '/dev/dri', type: 'Directory' }];
  const container: ContainerPlan = {
    name: spec.name,
    image: digestOrTag(spec.repository, spec.tag),
    command: spec.command,
    args: spec.args,
    ports: [{ name: 'http', containerPort: spec.port, protocol: 'TCP' }],
    env: [...spec.env.map(e => ({ name: e.name, value: e.value })), ...plan.env],
    envFrom: plan.envFrom,
    resources: privileged ? undefined : { limits: { [GPU_RESOURCES[spec.vendor]]: spec.count } },
    securityContext: privileged ? { privileged: true } : undefined,
    volumeMounts: [
      ...(privileged ? devices.map(d => ({ name: d.name, mountPath: d.path })) : []),
      ...mounts,
    ],
  };
  return [
    deploymentObject({
      name: spec.name,
      namespace: plan.namespace,
      app: spec.name,
      replicas: 1,
      strategy: 'Recreate',
      pod: {
        containers: [container],
        volumes: [
          ...(privileged
            ? devices.map(d => ({ name: d.name, hostPath: { path: d.path, type: d.type } }))
            : []),
          ...volumes,
        ],
        serviceAccountName: plan.serviceAccountName,
        nodeSelector: spec.nodeSelector,
      },
    }),
    serviceObject({
      name: spec.name,
      namespace: plan.namespace,
      app: spec.name,
      selector: spec.name,
      ports: [{ name: 'http', port: spec.port, protocol: 'TCP' }],
    }),
  ];
}
