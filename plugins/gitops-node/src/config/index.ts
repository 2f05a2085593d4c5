export { readRepositoryConfigs } from './readRepositoryConfigs';
export type { GitOpsRepositoryConfig, PublishType } from './readRepositoryConfigs';
export { AUTO_PROFILE, profileFromConfig, resolveProfileFromConfig } from './profileFromConfig';
export { lintOptionsFromConfig } from './lintOptionsFromConfig';
export { readTimeouts, DEFAULT_HTTP_TIMEOUT_MS } from './readTimeouts';
export type { HomeportTimeouts } from './readTimeouts';
export { cacheDirOf } from './cacheDir';
