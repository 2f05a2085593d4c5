import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { readCacheDir, readRepositoryConfigs, readTimeouts } from '@homeport/plugin-gitops-node';
import { createPendingChangesLister } from './pending/listPendingChanges';
import { createRouter } from './router';

/**
 * Homeport's backend plugin `gitops`: `GET /api/gitops/pending` lists the pending changes
 * (`homeport/<app>` branches not merged yet) of the repositories under
 * `homeport.repositories`, read through bare mirrors under `homeport.cacheDir`;
 * `GET /api/gitops/repositories` lists their ids.
 *
 * @public
 */
export const gitopsPlugin = createBackendPlugin({
  pluginId: 'gitops',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, logger, httpAuth, httpRouter }) {
        const repositories = readRepositoryConfigs(config);
        const listPendingChanges = createPendingChangesLister({
          repositories,
          cacheDir: readCacheDir(config),
          timeoutMs: readTimeouts(config).gitMs,
          logger,
          integrations: ScmIntegrations.fromConfig(config),
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            listPendingChanges,
            repositories: { items: repositories.map(r => ({ id: r.id, publishType: r.publish.type })) },
          }),
        );
      },
    });
  },
});
