import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { ScmIntegrations } from '@backstage/integration';
import { readCacheDir, readRepositoryConfigs, readTimeouts } from '@homeport/plugin-gitops-node';
import { createPendingChangesLister } from './pending/listPendingChanges';
import { createRouter } from './router';
import { createStepsChecker } from './steps/createStepsChecker';
import { createKubeGet } from './steps/kubeGet';
import { readKubeClusters } from './steps/kubeClusters';
import { createResolveHost } from './steps/resolveHost';

/**
 * Homeport's backend plugin `gitops`: `GET /api/gitops/pending` lists the pending changes
 * (`homeport/<app>` branches not merged yet) of the repositories under
 * `homeport.repositories`, read through bare mirrors under `homeport.cacheDir`;
 * `GET /api/gitops/repositories` lists their ids; `GET /api/gitops/steps?entityRef=` tells
 * which recorded manual steps of a service are done, owed or unknown, asking the
 * clusters of the Kubernetes plugin's config (Secrets, ExternalSecrets) and the resolver
 * (or the name servers of `homeport.steps.dnsServers`).
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
        catalog: catalogServiceRef,
      },
      async init({ config, logger, httpAuth, httpRouter, catalog }) {
        const repositories = readRepositoryConfigs(config);
        const timeouts = readTimeouts(config);
        const listPendingChanges = createPendingChangesLister({
          repositories,
          cacheDir: readCacheDir(config),
          timeoutMs: timeouts.gitMs,
          logger,
          integrations: ScmIntegrations.fromConfig(config),
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            listPendingChanges,
            repositories: { items: repositories.map(r => ({ id: r.id, publishType: r.publish.type })) },
            catalog,
            checkSteps: createStepsChecker({
              clusters: readKubeClusters(config),
              kubeGet: createKubeGet(timeouts.stepCheckMs),
              resolveHost: createResolveHost(
                timeouts.stepCheckMs,
                config.getOptionalStringArray('homeport.steps.dnsServers'),
              ),
            }),
          }),
        );
      },
    });
  },
});
