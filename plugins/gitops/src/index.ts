/**
 * Homeport's frontend: the GitOps change preview in the Create wizard, the GitOps entity
 * tab (delivery, database, workloads, GPU, defined in git) and the GitOps overview page.
 *
 * @packageDocumentation
 */
export { gitopsPlugin as default } from './plugin';
export { ChangePreview } from './components/ChangePreview';
export { gitopsApiRef } from './api/GitopsApi';
export type { GitopsApi, DeliveryIndex } from './api/GitopsApi';
export { DefaultGitopsApi } from './api/DefaultGitopsApi';
export type { DefaultGitopsApiOptions } from './api/DefaultGitopsApi';
export { GitopsContent, GitopsServiceView } from './components/GitopsContent';
export { GitopsOverviewPage } from './components/GitopsOverviewPage';
export { PendingChangesCard } from './components/PendingChangesCard';
export { gitopsBackendApiRef } from './api/GitopsBackendApi';
export type { GitopsBackendApi } from './api/GitopsBackendApi';
export { DefaultGitopsBackendApi } from './api/DefaultGitopsBackendApi';
export type * from './model/types';
export { isGitopsRepositorySystem, isGitopsService } from './annotations';
export {
  gitopsLegacyPlugin,
  EntityGitopsContent,
  EntityGitopsDefinedInGitCard,
  EntityGitopsUnderstandingCard,
  EntityGitopsManualStepsCard,
  GitopsPage,
  GitopsChangePreviewFieldExtension,
  GitopsRepositoryPickerFieldExtension,
} from './legacy';
