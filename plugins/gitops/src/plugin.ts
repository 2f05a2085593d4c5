import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/** The wizard field that previews a GitOps change. */
export const gitopsChangePreviewFormField = FormFieldBlueprint.make({
  name: 'change-preview',
  params: {
    field: () => import('./fields').then(m => m.gitopsChangePreviewField),
  },
});

/**
 * Homeport's frontend plugin (new frontend system).
 *
 * @public
 */
export const gitopsPlugin = createFrontendPlugin({
  pluginId: 'gitops',
  extensions: [gitopsChangePreviewFormField],
});
