import { createApiRef } from '@backstage/core-plugin-api';
import type { PendingChangesResponse } from '@homeport/plugin-gitops-common';

/**
 * The pending changes of the GitOps repositories (`homeport/<app>` branches not merged
 * yet), from Homeport's backend plugin.
 *
 * @public
 */
export interface PendingChangesApi {
  listPendingChanges(): Promise<PendingChangesResponse>;
}

/** @public */
export const pendingChangesApiRef = createApiRef<PendingChangesApi>({
  id: 'plugin.gitops.pending-changes',
});
