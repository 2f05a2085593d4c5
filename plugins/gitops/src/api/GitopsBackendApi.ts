import { createApiRef } from '@backstage/core-plugin-api';
import type { PendingChangesResponse, RepositoriesResponse, StepsResponse } from '@homeport/plugin-gitops-common';

/**
 * Homeport's backend plugin: the configured GitOps repositories, their pending changes
 * (`homeport/<app>` branches not merged yet), and what it finds out about the manual
 * steps a service records.
 *
 * @public
 */
export interface GitopsBackendApi {
  listPendingChanges(): Promise<PendingChangesResponse>;
  listRepositories(): Promise<RepositoriesResponse>;
  /** Whether each manual step the entity records is done, owed, or unknown, and why. */
  checkSteps(entityRef: string): Promise<StepsResponse>;
}

/** @public */
export const gitopsBackendApiRef = createApiRef<GitopsBackendApi>({
  id: 'plugin.gitops.backend',
});
