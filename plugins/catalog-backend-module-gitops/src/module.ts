import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  gitopsProfileRegistryServiceRef,
  readRepositoryConfigs,
  seedBareRepository,
} from '@homeport/plugin-gitops-node';
import { GitopsEntityProvider } from './provider';

/**
 * The catalog module of Homeport. On start it creates every configured repository
 * that has a `seedFrom` folder and does not exist yet (the embedded default's demo
 * repository), and registers one {@link GitopsEntityProvider} per configured
 * repository.
 *
 * @public
 */
export const catalogModuleGitops = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'gitops',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogProcessingExtensionPoint,
        profiles: gitopsProfileRegistryServiceRef,
      },
      async init({ config, logger, scheduler, catalog, profiles }) {
        for (const repo of readRepositoryConfigs(config)) {
          if (!repo.seedFrom) continue;
          const outcome = await seedBareRepository({
            seedDir: repo.seedFrom,
            target: repo.url,
            branch: repo.branch,
          });
          logger.info(
            outcome === 'created'
              ? `Created GitOps repository '${repo.id}' at ${repo.url} from ${repo.seedFrom}`
              : `Using GitOps repository '${repo.id}' at ${repo.url}`,
          );
        }
        catalog.addEntityProvider(
          GitopsEntityProvider.fromConfig(config, { logger, scheduler, profiles }),
        );
      },
    });
  },
});
