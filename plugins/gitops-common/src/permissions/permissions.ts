import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Creating a workload that runs privileged or with host devices (GPU pods, device
 * mounts). Seed 000 forbids such pods unless the operator exempts their namespace.
 *
 * @public
 */
export const gitopsPrivilegedWorkloadCreatePermission = createPermission({
  name: 'gitops.workload.privileged.create',
  attributes: { action: 'create' },
});

/**
 * Triggering a reconcile, or suspending and resuming, a Flux object from the portal.
 *
 * @public
 */
export const gitopsDeliveryReconcilePermission = createPermission({
  name: 'gitops.delivery.reconcile',
  attributes: { action: 'update' },
});

/**
 * Every permission Homeport defines.
 *
 * @public
 */
export const gitopsPermissions = [
  gitopsPrivilegedWorkloadCreatePermission,
  gitopsDeliveryReconcilePermission,
];
