import { createPermission } from '@backstage/plugin-permission-common';

/**
 * `gitopsDeliveryReconcilePermission` of `@homeport/plugin-gitops-common`, kept here so
 * that the frontend bundle does not pull in the generation core; `annotations.test.ts`
 * checks that both stay equal.
 */
export const gitopsDeliveryReconcilePermission = createPermission({
  name: 'gitops.delivery.reconcile',
  attributes: { action: 'update' },
});
