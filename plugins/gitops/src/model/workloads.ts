import type { GitWorkload } from '../annotations';
import { gpuUseOf } from './gpu';
import { compareImage } from './images';
import { refOf } from './refs';
import { KubeObject, LiveState, PodStatus, WorkloadStatus } from './types';

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
}

/** The workload owning a pod: through its ReplicaSet for a Deployment. */
export function ownerOfPod(
  pod: KubeObject,
  replicaSets: KubeObject[],
): { kind: string; name: string } | undefined {
  const owner =
    pod.metadata.ownerReferences?.find(o => o.kind !== 'Node') ?? undefined;
  if (!owner) return undefined;
  if (owner.kind === 'ReplicaSet') {
    const rs = replicaSets.find(
      r =>
        r.metadata.name === owner.name &&
        r.metadata.namespace === pod.metadata.namespace,
    );
    const deployment = rs?.metadata.ownerReferences?.find(
      o => o.kind === 'Deployment',
    );
    if (deployment) return { kind: 'Deployment', name: deployment.name };
    // A ReplicaSet not (yet) returned: its name is `<deployment>-<pod-template-hash>`.
    const hash = pod.metadata.labels?.['pod-template-hash'];
    if (hash && owner.name.endsWith(`-${hash}`)) {
      return {
        kind: 'Deployment',
        name: owner.name.slice(0, -hash.length - 1),
      };
    }
  }
  return { kind: owner.kind, name: owner.name };
}

/** A pod's phase, readiness, restarts, node, images (against git) and GPU use. */
export function parsePod(
  cluster: string,
  pod: KubeObject,
  replicaSets: KubeObject[],
  git: GitWorkload[],
): PodStatus {
  const statuses: ContainerStatus[] = pod.status?.containerStatuses ?? [];
  const owner = ownerOfPod(pod, replicaSets);
  const waiting = statuses.map(s => s.state?.waiting?.reason).find(Boolean);
  const ready = (pod.status?.conditions ?? []).some(
    (c: { type: string; status: string }) =>
      c.type === 'Ready' && c.status === 'True',
  );
  return {
    ref: refOf(cluster, pod, 'Pod'),
    phase: pod.metadata.deletionTimestamp
      ? 'Terminating'
      : pod.status?.phase ?? 'Unknown',
    ready,
    ...(waiting ? { problem: waiting } : {}),
    restarts: statuses.reduce((sum, s) => sum + (s.restartCount ?? 0), 0),
    node: pod.spec?.nodeName,
    startTime: pod.status?.startTime,
    images: (pod.spec?.containers ?? []).map(
      (c: { name: string; image: string }) =>
        compareImage(c.name, c.image, owner, git),
    ),
    gpu: gpuUseOf(pod.spec),
    ...(owner ? { owner } : {}),
  };
}

function replicasOf(kind: WorkloadKind, object: KubeObject) {
  const status = object.status ?? {};
  if (kind === 'DaemonSet') {
    return {
      desired: status.desiredNumberScheduled ?? 0,
      ready: status.numberReady ?? 0,
      updated: status.updatedNumberScheduled,
    };
  }
  return {
    desired: object.spec?.replicas ?? 1,
    ready: status.readyReplicas ?? 0,
    updated: status.updatedReplicas,
  };
}

function workloadState(
  desired: number,
  ready: number,
  pods: PodStatus[],
  generationSeen: boolean,
): LiveState {
  if (desired === 0) return 'suspended';
  if (pods.some(p => p.problem && /BackOff|Err|Invalid/.test(p.problem)))
    return 'failing';
  if (ready >= desired && generationSeen) return 'ready';
  return 'progressing';
}

/** A Deployment, StatefulSet or DaemonSet with its pods and images (running versus git). */
export function parseWorkload(
  cluster: string,
  kind: WorkloadKind,
  object: KubeObject,
  pods: PodStatus[],
  git: GitWorkload[],
): WorkloadStatus {
  const own = pods.filter(
    p =>
      p.owner?.kind === kind &&
      p.owner.name === object.metadata.name &&
      p.ref.namespace === object.metadata.namespace &&
      p.ref.cluster === cluster,
  );
  const { desired, ready, updated } = replicasOf(kind, object);
  const templateImages = (object.spec?.template?.spec?.containers ?? []).map(
    (c: { name: string; image: string }) =>
      compareImage(c.name, c.image, { kind, name: object.metadata.name }, git),
  );
  // What runs: the pods' images; the template's when no pod runs.
  const seen = new Map<string, WorkloadStatus['images'][number]>();
  for (const image of own.flatMap(p => p.images))
    seen.set(`${image.container}\u0000${image.image}`, image);
  const images = seen.size ? [...seen.values()] : templateImages;
  const generationSeen =
    object.status?.observedGeneration === undefined ||
    object.metadata.generation === undefined ||
    object.status.observedGeneration >= object.metadata.generation;
  return {
    ref: refOf(cluster, object, kind),
    state: workloadState(desired, ready, own, generationSeen),
    desired,
    ready,
    ...(updated !== undefined ? { updated } : {}),
    restarts: own.reduce((sum, p) => sum + p.restarts, 0),
    images,
    pods: own,
  };
}

export { WORKLOAD_KINDS };
