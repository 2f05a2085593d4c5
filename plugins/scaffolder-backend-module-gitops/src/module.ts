import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { gitopsProfileRegistryServiceRef } from '@homeport/plugin-gitops-node';
import { createGitopsCheckoutAction } from './actions/checkout';
import { createGitopsLintAction } from './actions/lint';
import { createPublishGiteaPullRequestAction } from './actions/gitea/publishGiteaPullRequest';
import { gitopsActionOptions } from './actions/options';
import { createGitopsPublishBranchAction } from './actions/publishBranch';
import { createGitopsRenderAction } from './actions/render';
import { createGitopsStepsDoneAction } from './actions/stepsDone';
import { createGitopsUpgradeAction } from './actions/upgrade';
import { createGitopsDecommissionAction } from './actions/decommission';
import { createDryRunGuard } from './dryRun';

/**
 * Homeport's scaffolder actions: check out a GitOps repository, render specs into it,
 * publish the change. Also guards the scaffolder's dry-run endpoint: a template body that
 * is not a registered template needs `scaffolder.template.management`.
 *
 * @public
 */
export const scaffolderModuleGitops = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'gitops',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        catalog: catalogServiceRef,
        profiles: gitopsProfileRegistryServiceRef,
      },
      async init({ scaffolder, config, permissions, httpRouter, httpAuth, catalog, profiles }) {
        // Modules start before their plugin: this runs in front of the scaffolder's routes.
        httpRouter.use(createDryRunGuard({ httpAuth, permissions, catalog }));
        const options = gitopsActionOptions(config, permissions, profiles, catalog);
        scaffolder.addActions(
          createGitopsCheckoutAction(options),
          createGitopsRenderAction(options),
          createGitopsLintAction(options),
          createGitopsPublishBranchAction(options),
          createPublishGiteaPullRequestAction(options),
          createGitopsUpgradeAction(options),
          createGitopsDecommissionAction(options),
          createGitopsStepsDoneAction(options),
        );
      },
    });
  },
});
