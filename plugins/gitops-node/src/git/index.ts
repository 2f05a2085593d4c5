export { runGit, GitCommandError, HOMEPORT_GIT_IDENTITY } from './runGit';
export { seedBareRepository } from './seedBareRepository';
