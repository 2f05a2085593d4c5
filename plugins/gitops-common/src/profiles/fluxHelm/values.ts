import { GpuSpec, ImageSource } from '../../specs';
import { YamlObject } from '../../yaml/documents';
import { FluxHelmProfileSpec } from '../document/schema';
import { ReleaseNames } from './names';

function probe(p: { path: string; port: number }): YamlObject {
  return { enabled: true, custom: true, spec: { httpGet: { path: p.path, port: p.port } } };
}

function envMap(env: { name: string; value: string }[]): YamlObject | undefined {
  return env.length ? Object.fromEntries(env.map(e => [e.name, e.value])) : undefined;
}

function compact(object: YamlObject): YamlObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function servicePorts(ports: { name: string; port: number; protocol?: 'TCP' | 'UDP' }[]): YamlObject {
  return Object.fromEntries(
    ports.map(p => [p.name, p.protocol === 'UDP' ? { port: p.port, protocol: 'UDP' } : { port: p.port }]),
  );
}

/** app-template values of a container image app: one controller, one container, its Service. */
export function imageAppValues(n: ReleaseNames, source: ImageSource): YamlObject {
  const container = compact({
    image: { repository: source.repository, tag: source.tag },
    command: source.command,
    args: source.args,
    env: envMap(source.env),
    probes:
      source.probes?.liveness || source.probes?.readiness
        ? compact({
            liveness: source.probes.liveness ? probe(source.probes.liveness) : undefined,
            readiness: source.probes.readiness ? probe(source.probes.readiness) : undefined,
          })
        : undefined,
    resources: source.resources as YamlObject | undefined,
  });
  return compact({
    controllers: {
      [n.controller]: compact({
        replicas: source.replicas === 1 ? undefined : source.replicas,
        containers: { [n.container]: container },
      }),
    },
    service: source.ports.length
      ? { [n.service]: { controller: n.controller, ports: servicePorts(source.ports) } }
      : undefined,
  });
}

const DEVICE_PLUGIN: Record<GpuSpec['vendor'], string> = {
  amd: 'amd.com/gpu',
  nvidia: 'nvidia.com/gpu',
  intel: 'gpu.intel.com/i915',
};

/** app-template values of a GPU workload: DRA claims or device-plugin limits, as the profile says. */
export function gpuAppValues(spec: FluxHelmProfileSpec, n: ReleaseNames, gpu: GpuSpec): YamlObject {
  const dra = spec.gpu.style === 'dra';
  const container = compact({
    image: { repository: gpu.repository, tag: gpu.tag },
    command: gpu.command,
    args: gpu.args,
    env: envMap(gpu.env),
    resources: dra
      ? { claims: [{ name: 'gpu' }] }
      : { limits: { [DEVICE_PLUGIN[gpu.vendor]]: gpu.count } },
  });
  return {
    controllers: {
      [n.controller]: compact({
        pod: dra ? { resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: gpu.name }] } : undefined,
        containers: { [n.container]: container },
      }),
    },
    ...(gpu.nodeSelector
      ? { defaultPodOptions: { nodeSelector: gpu.nodeSelector } }
      : {}),
    service: { [n.service]: { controller: n.controller, ports: { http: { port: gpu.port } } } },
  };
}
