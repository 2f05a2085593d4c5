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
 * Decommissioning a service in a way that deletes its data: its volumes and databases
 * go with it (the decommission template's "keep data" left off).
 *
 * @public
 */
export const gitopsServiceDataDeletePermission = createPermission({
  name: 'gitops.service.data.delete',
  attributes: { action: 'delete' },
});

/**
 * Every permission Homeport defines.
 *
 * @public
 */
export const gitopsPermissions = [
  gitopsPrivilegedWorkloadCreatePermission,
  gitopsDeliveryReconcilePermission,
  gitopsServiceDataDeletePermission,
];
