import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createGitopsCheckoutAction } from './actions/checkout';
import { createGitopsLintAction } from './actions/lint';
import { createPublishGiteaPullRequestAction } from './actions/gitea/publishGiteaPullRequest';
import { gitopsActionOptions } from './actions/options';
import { createGitopsPublishBranchAction } from './actions/publishBranch';
import { createGitopsRenderAction } from './actions/render';

/**
 * Homeport's scaffolder actions: check out a GitOps repository, render specs into it,
 * publish the change.
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
      },
      async init({ scaffolder, config, permissions }) {
        const options = gitopsActionOptions(config, permissions);
        scaffolder.addActions(
          createGitopsCheckoutAction(options),
          createGitopsRenderAction(options),
          createGitopsLintAction(options),
          createGitopsPublishBranchAction(options),
          createPublishGiteaPullRequestAction(options),
        );
      },
    });
  },
});
