import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  readRepositoryConfigs,
  seedBareRepository,
} from '@homeport/plugin-gitops-node';

/**
 * The catalog module of Homeport. On start it creates every configured repository
 * that has a `seedFrom` folder and does not exist yet (the embedded default's demo
 * repository).
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
      },
      async init({ config, logger }) {
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
      },
    });
  },
});
