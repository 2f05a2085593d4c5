import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import { isGitopsRepositorySystem, isGitopsService } from './annotations';
import { gitopsApiFactory } from './api/gitopsApiFactory';
import { gitopsBackendApiFactory } from './api/gitopsBackendApiFactory';

/** The wizard field that previews a GitOps change. */
export const gitopsChangePreviewFormField = FormFieldBlueprint.make({
  name: 'change-preview',
  params: {
    field: () => import('./fields').then(m => m.gitopsChangePreviewField),
  },
});

/** The wizard field that picks one of the configured GitOps repositories. */
export const gitopsRepositoryPickerFormField = FormFieldBlueprint.make({
  name: 'repository-picker',
  params: {
    field: () => import('./fields').then(m => m.gitopsRepositoryPickerField),
  },
});

/** The GitOps views' access to the clusters, through Backstage's Kubernetes backend. */
export const gitopsApi = ApiBlueprint.make({
  params: defineParams => defineParams(gitopsApiFactory),
});

/** The pending changes, from Homeport's backend plugin. */
export const gitopsGitopsBackendApi = ApiBlueprint.make({
  name: 'pending-changes',
  params: defineParams => defineParams(gitopsBackendApiFactory),
});

/** The "GitOps" tab of a service's entity page. */
export const gitopsEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/gitops',
    title: 'GitOps',
    group: 'deployment',
    filter: isGitopsService,
    loader: () =>
      import('./components/GitopsContent').then(m => <m.GitopsContent />),
  },
});

/** The "Defined in git" card on a service's overview tab. */
export const gitopsDefinedInGitCard = EntityCardBlueprint.make({
  name: 'defined-in-git',
  params: {
    filter: isGitopsService,
    loader: () =>
      import('./components/GitopsContent').then(m => (
        <m.EntityDefinedInGitCard />
      )),
  },
});

/** The "What Homeport understood" card on a repository System's overview tab. */
export const gitopsUnderstandingCard = EntityCardBlueprint.make({
  name: 'understanding',
  params: {
    filter: isGitopsRepositorySystem,
    loader: () =>
      import('./components/GitopsContent').then(m => (
        <m.EntityUnderstandingCard />
      )),
  },
});

/** The "Manual steps" card on a service's overview tab. */
export const gitopsManualStepsCard = EntityCardBlueprint.make({
  name: 'manual-steps',
  params: {
    filter: isGitopsService,
    loader: () =>
      import('./components/GitopsContent').then(m => (
        <m.EntityManualStepsCard />
      )),
  },
});

/** The route of the overview page. */
export const rootRouteRef = createRouteRef();

/** The overview page: every service of every configured repository. */
export const gitopsOverviewPage = PageBlueprint.make({
  params: {
    path: '/gitops',
    title: 'GitOps',
    icon: <AccountTreeIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/GitopsOverviewPage').then(m => (
        <m.GitopsOverviewPage />
      )),
  },
});

/**
 * Homeport's frontend plugin (new frontend system): the change preview field of the
 * Create wizard, the GitOps entity tab and cards, and the GitOps overview page.
 *
 * @public
 */
export const gitopsPlugin = createFrontendPlugin({
  pluginId: 'gitops',
  title: 'GitOps',
  icon: <AccountTreeIcon />,
  routes: { root: rootRouteRef },
  extensions: [
    gitopsChangePreviewFormField,
    gitopsRepositoryPickerFormField,
    gitopsApi,
    gitopsGitopsBackendApi,
    gitopsEntityContent,
    gitopsDefinedInGitCard,
    gitopsUnderstandingCard,
    gitopsManualStepsCard,
    gitopsOverviewPage,
  ],
});
