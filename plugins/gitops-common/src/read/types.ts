import type { ReadCache } from './readCache';
import type { TerraformFiles } from './terraform/parseTerraform';

/**
 * What the repository reader finds: one {@link ServiceModel} per service of a GitOps
 * repository, and the warnings it met on the way. The entity provider, the linter and
 * the GitOps views all consume this one model.
 */

/** @public */
export type ServiceEngine = 'flux' | 'argocd' | 'kustomize' | 'terraform';

/** @public */
export type ServiceWorkloadKind =
  | 'HelmRelease'
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'ReplicaSet'
  | 'CronJob'
  | 'Job'
  | 'Application'
  | 'HelmChart';

/**
 * A container image. `raw` is the reference as written (after template and Flux
 * substitution); `repository` includes the registry.
 *
 * @public
 */
export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
  raw: string;
}

/** @public */
export type ChartSourceKind =
  | 'HelmRepository'
  | 'OCIRepository'
  | 'GitRepository'
  | 'Bucket'
  | 'ArgoHelm'
  | 'ArgoOCI'
  | 'ArgoGit'
  | 'Unknown';

/** The Helm chart of a HelmRelease or of an Argo CD Application. @public */
export interface ChartRef {
  name: string;
  /** Version or constraint (`^3.2.2`), or the OCI / git tag. */
  version?: string;
  sourceKind: ChartSourceKind;
  /** Repository URL (`https://…`, `oci://…`, git URL). */
  sourceUrl?: string;
  /** The chart folder when the chart lives in this repository. */
  localPath?: string;
  /** For an in-repository umbrella or wrapper chart: the charts its `Chart.yaml` depends on. */
  dependencies?: ChartRef[];
}

/** A GPU the workload asks for: a device-plugin resource or a DRA device class. @public */
export interface GpuRequest {
  /** `amd.com/gpu`, `nvidia.com/gpu`, `gpu.intel.com/i915`, or a DRA device class such as `gpu.intel.com`. */
  resource: string;
  count: number;
  /**
   * `resources`: a device-plugin resource; `dra`: a ResourceClaim (template);
   * `host-device`: the AMD compute device `/dev/kfd` mounted from the host.
   */
  via?: 'resources' | 'dra' | 'host-device';
}

/** A pod controller a chart renders, when the reader can tell. @public */
export interface RenderedController {
  kind: Exclude<
    ServiceWorkloadKind,
    'HelmRelease' | 'Application' | 'HelmChart'
  >;
  name: string;
}

/** @public */
export interface ServiceWorkload {
  kind: ServiceWorkloadKind;
  name: string;
  /** The namespace of the object itself (for a HelmRelease: where the HelmRelease lives). */
  namespace?: string;
  /** For HelmRelease and Application: the namespace the chart renders into. */
  releaseNamespace?: string;
  images: ImageRef[];
  chart?: ChartRef;
  /** For charts: the controllers it renders (bjw-s app-template controllers, in-repo chart templates). */
  controllers?: RenderedController[];
  replicas?: number;
  privileged?: boolean;
  gpu?: GpuRequest[];
  /** Host devices mounted through hostPath volumes (`/dev/kfd`, `/dev/dri`). */
  hostDevices?: string[];
  file: string;
  line?: number;
}

/** @public */
export interface ServiceHost {
  host: string;
  source: 'Ingress' | 'HTTPRoute' | 'helm-values';
  file: string;
}

/** @public */
export type ServiceDatabaseKind =
  | 'cnpg-cluster'
  | 'shared-postgres'
  | 'postgres-chart'
  /** A database server the app runs as one of its own workloads (see inAppDatabases.ts). */
  | 'postgres'
  | 'mongodb'
  | 'mysql';

/** @public */
export interface ServiceDatabase {
  kind: ServiceDatabaseKind;
  name: string;
  namespace?: string;
  instances?: number;
  storageClass?: string;
  size?: string;
  image?: string;
  /** Rendered by the app's own chart (a sub-chart switched on in its values). */
  bundled?: boolean;
  file: string;
}

/** @public */
export type ServiceCacheKind = 'redis' | 'valkey' | 'dragonfly';

/** @public */
export interface ServiceCache {
  kind: ServiceCacheKind;
  name: string;
  namespace?: string;
  /** Rendered by the app's own chart (a sub-chart switched on in its values). */
  bundled?: boolean;
  /** Defined by another service, which this one connects to. */
  shared?: boolean;
  file: string;
}

/** @public */
export type ServiceSecretKind =
  | 'VaultStaticSecret'
  | 'VaultDynamicSecret'
  | 'ExternalSecret'
  | 'SopsFile'
  | 'SealedSecret'
  | 'Secret';

/** @public */
export interface ServiceSecret {
  kind: ServiceSecretKind;
  name: string;
  namespace?: string;
  /** Vault path or remote key. */
  path?: string;
  /** Vault mount, secret store or (sops) the key type. */
  store?: string;
  file: string;
}

/** @public */
export interface ServiceVolume {
  claim: string;
  namespace?: string;
  storageClass?: string;
  size?: string;
  volumeName?: string;
  /** `values` when the claim is named in Helm values (`existingClaim`) rather than defined. */
  source?: 'PersistentVolumeClaim' | 'volumeClaimTemplate' | 'values';
  file: string;
}

/** @public */
export interface ServiceLabels {
  /** The `backstage.io/kubernetes-id` label value, when the workloads carry one. */
  kubernetesId?: string;
  /** A label selector that finds the service's pods. */
  selector?: Record<string, string>;
}

/** An owner-like label or annotation found on the service's objects. @public */
export interface OwnerHint {
  key: string;
  value: string;
  file: string;
}

/** @public */
export interface ServiceDocs {
  /** `mkdocs.yml` (or `.yaml`) in the service folder. */
  mkdocs?: string;
  /** `docs/` folder in the service folder. */
  dir?: string;
}

/** @public */
export interface CatalogInfo {
  file: string;
  entity: Record<string, unknown>;
}

/**
 * One service of a GitOps repository, as the reader finds it.
 *
 * @public
 */
export interface ServiceModel {
  /** The service or app name (unique in the repository). */
  id: string;
  title?: string;
  /** The namespace its pods run in. */
  namespace?: string;
  /**
   * In a repository that deploys two or more clusters (`clusters/<name>/`,
   * `kubernetes/<name>/`): the cluster. The same app in two clusters is two services.
   */
  cluster?: string;
  engine: ServiceEngine;
  /** The app folder (or, for a service defined by one file, that file's folder). */
  folder: string;
  /** Every repository path that defines the service, sorted. */
  files: string[];
  workloads: ServiceWorkload[];
  hosts: ServiceHost[];
  databases: ServiceDatabase[];
  caches: ServiceCache[];
  secrets: ServiceSecret[];
  volumes: ServiceVolume[];
  labels: ServiceLabels;
  owners: OwnerHint[];
  docs?: ServiceDocs;
  catalogInfo?: CatalogInfo;
}

/** @public */
export interface ReadWarning {
  file: string;
  message: string;
}

/** An entry point the reader found, and how many. @public */
export interface EntryPointCount {
  /** One of the reader's entry points (`Flux Kustomization`, `Terraform module call`, …). */
  entryPoint: string;
  count: number;
}

/** Something found in the repository that the reader cannot read. @public */
export interface NotUnderstood {
  /** The folder (or file), `.` for the repository root. */
  path: string;
  /** The tool or kind (`Jsonnet`, `Helm chart`, `Terraform`). */
  what: string;
  why: string;
}

/**
 * What the read understood: `understood`, `partly` (services, and things it could not
 * read), `not-understood` (no service at all; `notFound` lists the entry points it
 * looked for).
 *
 * @public
 */
export interface Understanding {
  status: 'understood' | 'partly' | 'not-understood';
  found: EntryPointCount[];
  notFound?: string[];
  notUnderstood: NotUnderstood[];
}

/** @public */
export interface RepositoryModel {
  services: ServiceModel[];
  /** The clusters the repository deploys, when it deploys two or more (else absent). */
  clusters?: string[];
  /** What the read understood of the repository (see understanding.ts). */
  understanding: Understanding;
  warnings: ReadWarning[];
}

/** @public */
export interface ReadOptions {
  /** Parsed files kept from an earlier read of the same repository (see {@link ReadCache}). */
  cache?: ReadCache;
  /**
   * A profile id (such as `flux-lvm-openbao`): only services under the profile's apps
   * folder are returned. Without it, every service the engines deploy is returned,
   * platform components included.
   */
  profile?: string;
  /**
   * The repository's Terraform files, parsed (see {@link readRepositoryWithTerraform},
   * which parses them first: HCL's parser is asynchronous). Without it, Terraform is not read.
   */
  terraform?: TerraformFiles;
}
