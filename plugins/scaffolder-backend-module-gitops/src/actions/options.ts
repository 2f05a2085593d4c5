import { PermissionsService } from '@backstage/backend-plugin-api';
import { ScmIntegrationRegistry, ScmIntegrations } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { createBuiltinRegistry, DEFAULT_HOST_ACCESS_CHARTS, ProfileRegistry } from '@homeport/plugin-gitops-common';
import {
  ChartReader,
  GitOpsRepositoryConfig,
  HomeportTimeouts,
  readCacheDir,
  readRepositoryConfigs,
  readTimeouts,
} from '@homeport/plugin-gitops-node';

/**
 * What every Homeport action is built with, once, by the module.
 *
 * @public
 */
export interface GitopsActionOptions {
  config: Config;
  repositories: GitOpsRepositoryConfig[];
  permissions: PermissionsService;
  /** `homeport.timeouts`: each git command and HTTP request of the actions. */
  timeouts: HomeportTimeouts;
  /** `homeport.guardrails.hostAccessCharts`: charts that need host access by default. */
  hostAccessCharts: readonly string[];
  /** The profiles render and lint resolve repository profiles with. */
  profiles: ProfileRegistry;
  /** Backstage's `integrations`: the credentials of HTTP(S) GitOps repositories for clone, fetch and push. */
  integrations: ScmIntegrationRegistry;
  /** The catalog, where owners are looked up; without it owners are not checked. */
  catalog?: CatalogService;
  /** Reads the charts of Helm apps before render (`homeport.timeouts.http`, `homeport.cacheDir`). */
  charts: ChartReader;
}

/** Builds the shared options from the root config. */
export function gitopsActionOptions(
  config: Config,
  permissions: PermissionsService,
  profiles: ProfileRegistry = createBuiltinRegistry(),
  catalog?: CatalogService,
): GitopsActionOptions {
  const timeouts = readTimeouts(config);
  return {
    config,
    catalog,
    integrations: ScmIntegrations.fromConfig(config),
    permissions,
    profiles,
    repositories: readRepositoryConfigs(config),
    timeouts,
    charts: new ChartReader({ cacheDir: readCacheDir(config), timeoutMs: timeouts.httpMs }),
    hostAccessCharts:
      config.getOptionalStringArray('homeport.guardrails.hostAccessCharts') ?? DEFAULT_HOST_ACCESS_CHARTS,
  };
}

/** The configured repository `id`, or the first one when no id is given. */
export function findRepository(
  options: Pick<GitopsActionOptions, 'repositories'>,
  id?: string,
): GitOpsRepositoryConfig {
  const repo = id
    ? options.repositories.find(r => r.id === id)
    : options.repositories[0];
  if (!repo) {
    const known = options.repositories.map(r => r.id).join(', ') || 'none';
    throw new InputError(
      id
        ? `Unknown GitOps repository '${id}'; configured: ${known}`
        : 'No GitOps repository is configured under homeport.repositories',
    );
  }
  return repo;
}
