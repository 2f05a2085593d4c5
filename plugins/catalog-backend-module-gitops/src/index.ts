/**
 * Homeport's catalog module: every service of a GitOps repository in the catalog.
 *
 * @packageDocumentation
 */
export { catalogModuleGitops as default } from './module';
export * from './provider';
export * from './entities';
