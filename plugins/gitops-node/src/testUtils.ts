/**
 * Loopback servers for tests of Homeport's packages: a Helm repository, an OCI registry and
 * a git smart-HTTP server.
 *
 * @packageDocumentation
 */
export * from './charts/__testUtils__/chartServers';
export { startGitHttpServer } from './git/__testUtils__/gitHttpServer';
export type { GitHttpServerState } from './git/__testUtils__/gitHttpServer';
