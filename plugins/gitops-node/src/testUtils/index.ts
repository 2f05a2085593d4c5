/**
 * Loopback servers for tests of Homeport's packages: a Helm repository, an OCI registry and
 * a git smart-HTTP server.
 *
 * @packageDocumentation
 */
export * from './chartServers';
export { startGitHttpServer } from './gitHttpServer';
export type { GitHttpServerState } from './gitHttpServer';
