export {
  runGit,
  runGitBuffer,
  GitCommandError,
  GitTimeoutError,
  HOMEPORT_GIT_IDENTITY,
  DEFAULT_GIT_TIMEOUT_MS,
} from './runGit';
export type { RunGitOptions } from './runGit';
export { seedBareRepository } from './seedBareRepository';
export { gitAuthFor, explainAuthFailure, runRemoteGit } from './integrationAuth';
export type { GitAuth } from './integrationAuth';
