import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { gitopsApiFactory } from './api/gitopsApiFactory';
import { gitopsBackendApiFactory } from './api/gitopsBackendApiFactory';
import { ChangePreview } from './components/ChangePreview';
import { validatePreview } from './components/ChangePreview/previewState';
import { RepositoryPicker } from './components/RepositoryPicker';

/** The route of the overview page in apps on the legacy frontend system. */
const legacyRootRouteRef = createRouteRef({ id: 'gitops' });

/**
 * Homeport's frontend plugin for apps on the legacy frontend system (`createApp` of
 * `@backstage/app-defaults`): the GitOps API and the extensions below. Apps on the new
 * frontend system use the package's default export instead.
 *
 * @public
 */
export const gitopsLegacyPlugin = createPlugin({
  id: 'gitops',
  apis: [gitopsApiFactory, gitopsBackendApiFactory],
  routes: { root: legacyRootRouteRef },
});

/**
 * The "GitOps" tab of a service's entity page (legacy frontend system), for an
 * `EntityLayout.Route` with `if={isGitopsService}`.
 *
 * @public
 */
export const EntityGitopsContent = gitopsLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityGitopsContent',
    component: {
      lazy: () =>
        import('./components/GitopsContent').then(m => m.GitopsContent),
    },
  }),
);

/**
 * The "Defined in git" card of a service's overview tab (legacy frontend system).
 *
 * @public
 */
export const EntityGitopsDefinedInGitCard = gitopsLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityGitopsDefinedInGitCard',
    component: {
      lazy: () =>
        import('./components/GitopsContent').then(
          m => m.EntityDefinedInGitCard,
        ),
    },
  }),
);

/**
 * The "What Homeport understood" card of a repository System's overview tab (legacy
 * frontend system), for an `EntitySwitch.Case` with `if={isGitopsRepositorySystem}`.
 *
 * @public
 */
export const EntityGitopsUnderstandingCard = gitopsLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityGitopsUnderstandingCard',
    component: {
      lazy: () =>
        import('./components/GitopsContent').then(
          m => m.EntityUnderstandingCard,
        ),
    },
  }),
);

/**
 * The "Manual steps" card of a service's overview tab (legacy frontend system).
 *
 * @public
 */
export const EntityGitopsManualStepsCard = gitopsLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityGitopsManualStepsCard',
    component: {
      lazy: () =>
        import('./components/GitopsContent').then(
          m => m.EntityManualStepsCard,
        ),
    },
  }),
);

/**
 * The GitOps overview page (legacy frontend system), for a `<Route path="/gitops">`.
 *
 * @public
 */
export const GitopsPage = gitopsLegacyPlugin.provide(
  createRoutableExtension({
    name: 'GitopsPage',
    component: () =>
      import('./components/GitopsOverviewPage').then(m => m.GitopsOverviewPage),
    mountPoint: legacyRootRouteRef,
  }),
);

/**
 * The `GitopsChangePreview` field of the Create wizard (legacy frontend system), for the
 * `ScaffolderFieldExtensions` of the scaffolder page.
 *
 * @public
 */
export const GitopsChangePreviewFieldExtension = gitopsLegacyPlugin.provide(
  createScaffolderFieldExtension({
    name: 'GitopsChangePreview',
    component: ChangePreview,
    validation: validatePreview,
  }),
);

/**
 * The `GitopsRepositoryPicker` field of the Create wizard (legacy frontend system): the
 * ids under `homeport.repositories`, hidden when there is only one.
 *
 * @public
 */
export const GitopsRepositoryPickerFieldExtension = gitopsLegacyPlugin.provide(
  createScaffolderFieldExtension({
    name: 'GitopsRepositoryPicker',
    component: RepositoryPicker,
  }),
);
