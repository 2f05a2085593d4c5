import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { ChangePreview } from './components/ChangePreview';
import { validatePreview } from './components/ChangePreview/previewState';
import { RepositoryPicker } from './components/RepositoryPicker';

/**
 * The `GitopsChangePreview` field: put it in a template's last step to show the
 * proposed change before the task runs. Its validation stops the wizard while the
 * preview refuses the change (or has not finished), so Create is never reached then.
 */
export const gitopsChangePreviewField = createFormField({
  name: 'GitopsChangePreview',
  component: ChangePreview,
  validation: validatePreview,
});

/**
 * The `GitopsRepositoryPicker` field: the ids under `homeport.repositories`, hidden when
 * there is only one.
 */
export const gitopsRepositoryPickerField = createFormField({
  name: 'GitopsRepositoryPicker',
  component: RepositoryPicker,
});
