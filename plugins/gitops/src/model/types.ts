/**
 * The live state of a GitOps service as the views show it: what the Kubernetes backend
 * returned, reduced to what matters for delivery, databases, workloads and GPUs.
 */

/** A Kubernetes object as it comes back from the Kubernetes backend (loosely typed). */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid?: string }[];
    creationTimestamp?: string;
    deletionTimestamp?: string;
  };
  spec?: any;
  status?: any;
}

/** Where an object lives. `apiVersion` is known for custom resources. */
export interface ObjectRef {
  cluster: string;
  kind: string;
  apiVersion?: string;
  namespace?: string;
  name: string;
}

/** The summary state every card and the overview use. */
export type LiveState =
  | 'ready'
  | 'failing'
  | 'progressing'
  | 'suspended'
  | 'unknown';

/** A Flux HelmRelease or Kustomization, or an Argo CD Application. */
export interface DeliveryStatus {
  ref: ObjectRef;
  engine: 'flux' | 'argocd';
  state: LiveState;
  /** The Ready condition's reason (Flux), or the operation phase (Argo CD). */
  reason?: string;
  message?: string;
  /** The revision applied last: chart version, `main@sha1:…`, or the git commit (Argo CD). */
  revision?: string;
  /** The revision tried last, when the controller reports it. */
  attemptedRevision?: string;
  /** ISO time of the last reconcile the controller reports. */
  lastReconcile?: string;
  suspended: boolean;
  /** HelmRelease: `chart@version` as the spec asks. */
  chart?: string;
  /** Argo CD: sync status (Synced, OutOfSync) and health (Healthy, Degraded, …). */
  sync?: string;
  health?: string;
  /** The `backstage.io/kubernetes-id` label of the object. */
  kubernetesId?: string;
  /** The Flux object that applied this one (`kustomize.toolkit.fluxcd.io/name` labels). */
  appliedBy?: ObjectRef;
}

/** A CloudNativePG Cluster. */
export interface DatabaseStatus {
  ref: ObjectRef;
  state: LiveState;
  phase?: string;
  message?: string;
  instances?: number;
  readyInstances?: number;
  currentPrimary?: string;
  targetPrimary?: string;
  storageSize?: string;
  storageClass?: string;
  walStorageSize?: string;
  image?: string;
}

/** How a running image compares to git. */
export type ImageDrift = 'same' | 'drift' | 'not-in-git';

/** One container's image, running versus git. */
export interface ContainerImage {
  container: string;
  image: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** The tag git asks for, when git names this image. */
  gitTag?: string;
  drift: ImageDrift;
}

/** GPU use of a pod: extended resources, DRA claims, privileged host device mounts. */
export interface GpuUse {
  /** `amd.com/gpu: 1`, `nvidia.com/gpu: 2`, or `DRA claim gpu`. */
  requests: { resource: string; count: string }[];
  privileged: boolean;
  /** Host device paths mounted into a container (`/dev/kfd`, `/dev/dri`). */
  deviceMounts: string[];
}

export interface PodStatus {
  ref: ObjectRef;
  phase: string;
  ready: boolean;
  /** Waiting reason of a container (`CrashLoopBackOff`, `ImagePullBackOff`), if any. */
  problem?: string;
  restarts: number;
  node?: string;
  startTime?: string;
  images: ContainerImage[];
  gpu: GpuUse;
  /** The workload owning the pod (Deployment through its ReplicaSet, StatefulSet, …). */
  owner?: { kind: string; name: string };
}

export interface WorkloadStatus {
  ref: ObjectRef;
  state: LiveState;
  desired: number;
  ready: number;
  updated?: number;
  restarts: number;
  images: ContainerImage[];
  pods: PodStatus[];
}

/** A workload git defines that no cluster runs. */
export interface MissingWorkload {
  kind: string;
  name: string;
  namespace?: string;
}

/** An error a cluster reported for one request (or for all of them). */
export interface ClusterIssue {
  cluster: string;
  type: string;
  message: string;
  resourcePath?: string;
}

/** Everything the GitOps tab shows of one service's live state. */
export interface ServiceState {
  clusters: string[];
  delivery: DeliveryStatus[];
  /** Flux objects that applied the service's objects but are not labelled for it. */
  appliedBy: ObjectRef[];
  databases: DatabaseStatus[];
  workloads: WorkloadStatus[];
  /** Every pod, including those of databases and of no workload. */
  pods: PodStatus[];
  missing: MissingWorkload[];
  issues: ClusterIssue[];
}
