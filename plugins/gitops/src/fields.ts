import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { ChangePreview } from './components/ChangePreview';

/**
 * The `GitopsChangePreview` field: put it in a template's last step to show the change
 * before the task runs.
 */
export const gitopsChangePreviewField = createFormField({
  name: 'GitopsChangePreview',
  component: ChangePreview,
});
