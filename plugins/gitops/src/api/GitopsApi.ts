import { Entity } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import {
  ClusterIssue,
  DeliveryStatus,
  ObjectRef,
  ServiceState,
} from '../model/types';

/**
 * The delivery state of every service the clusters run, by `backstage.io/kubernetes-id`,
 * read with one request per GitOps repository.
 */
export interface DeliveryIndex {
  /** Delivery objects by the `backstage.io/kubernetes-id` label they carry. */
  byKubernetesId: Map<string, DeliveryStatus[]>;
  /** The repositories (`homeport.dev/repository`) read through a repository entity. */
  repositories: string[];
  /** Read with one request per service, for want of a repository entity. */
  perService: boolean;
  issues: ClusterIssue[];
}

/**
 * Homeport's GitOps views' access to the clusters, through Backstage's Kubernetes backend.
 *
 * @public
 */
export interface GitopsApi {
  /** The live state of one service: delivery, databases, workloads, pods, GPUs. */
  getServiceState(entity: Entity): Promise<ServiceState>;
  /**
   * The delivery state of every service, for the overview: one request per repository
   * entity (any entity with `homeport.dev/repository` and the label selector
   * `backstage.io/kubernetes-id`); without one, one request per service up to
   * 100 services.
   */
  getDeliveryIndex(): Promise<DeliveryIndex>;
  /** One Flux object read through the Kubernetes proxy (needs the proxy permission). */
  getFluxObject(ref: ObjectRef): Promise<DeliveryStatus>;
  /** Flux "reconcile now": sets `reconcile.fluxcd.io/requestedAt` through the Kubernetes proxy. */
  reconcile(ref: ObjectRef): Promise<void>;
  /** Flux suspend (`spec.suspend: true`) or resume (clears it and requests a reconcile). */
  setSuspended(ref: ObjectRef, suspended: boolean): Promise<void>;
}

/** @public */
export const gitopsApiRef = createApiRef<GitopsApi>({
  id: 'plugin.gitops.service',
});
