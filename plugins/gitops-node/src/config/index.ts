export { readRepositoryConfigs } from './readRepositoryConfigs';
export type { GitOpsRepositoryConfig } from './readRepositoryConfigs';
export { profileFromConfig } from './profileFromConfig';
