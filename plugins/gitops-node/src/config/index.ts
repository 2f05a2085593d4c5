export { readRepositoryConfigs } from './readRepositoryConfigs';
export type { GitOpsRepositoryConfig, PublishType } from './readRepositoryConfigs';
export { profileFromConfig } from './profileFromConfig';
export { lintOptionsFromConfig } from './lintOptionsFromConfig';
