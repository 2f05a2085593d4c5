import { draGpus, hostDeviceGpus } from './gpu';
import { Instance } from './instances';
import { PodControllerKind, podSpecOf, str } from './objects';
import { readPodSpec } from './podSpec';
import { RepoIndex } from './repoIndex';
import { ServiceWorkload } from './types';

/** Reads a Deployment, StatefulSet, DaemonSet, CronJob or Job. */
export function podControllerWorkload(
  index: RepoIndex,
  instance: Instance,
): ServiceWorkload {
  const { object } = instance;
  const pod = readPodSpec(podSpecOf(object));
  const gpu = [
    ...pod.gpu,
    ...draGpus(index, pod.resourceClaims),
    ...hostDeviceGpus(pod.hostDevices),
  ];
  const replicas = (object.spec as { replicas?: unknown } | undefined)
    ?.replicas;
  return {
    kind: object.kind as PodControllerKind,
    name: object.metadata.name ?? str(object, 'metadata', 'generateName') ?? '',
    ...(instance.namespace ? { namespace: instance.namespace } : {}),
    images: pod.images,
    ...(typeof replicas === 'number' ? { replicas } : {}),
    ...(pod.privileged ? { privileged: true } : {}),
    ...(gpu.length ? { gpu } : {}),
    ...(pod.hostDevices.length ? { hostDevices: pod.hostDevices } : {}),
    file: instance.file,
    line: instance.line,
  };
}
