/**
 * Homeport's backend plugin: the pending changes of the GitOps repositories.
 *
 * @packageDocumentation
 */
export { gitopsPlugin as default } from './plugin';
export type { PendingChange, PendingChangesResponse } from '@homeport/plugin-gitops-common';
