import { createApiRef } from '@backstage/core-plugin-api';
import type { PendingChangesResponse, RepositoriesResponse } from '@homeport/plugin-gitops-common';

/**
 * Homeport's backend plugin: the configured GitOps repositories, and their pending
 * changes (`homeport/<app>` branches not merged yet).
 *
 * @public
 */
export interface GitopsBackendApi {
  listPendingChanges(): Promise<PendingChangesResponse>;
  listRepositories(): Promise<RepositoriesResponse>;
}

/** @public */
export const gitopsBackendApiRef = createApiRef<GitopsBackendApi>({
  id: 'plugin.gitops.backend',
});
