export { readRepositoryConfigs } from './readRepositoryConfigs';
export type { GitOpsRepositoryConfig, PublishType } from './readRepositoryConfigs';
export { AUTO_PROFILE, profileFromConfig, resolveProfileFromConfig } from './profileFromConfig';
export { lintOptionsFromConfig } from './lintOptionsFromConfig';
