import { InfoCard, MarkdownContent, Progress, WarningPanel } from '@backstage/core-components';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { JsonObject } from '@backstage/types';
import { Typography } from '@material-ui/core';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { PREVIEW_PROPOSED, refusedValue } from './previewState';
import { useChangePreview } from './useChangePreview';

/** The form's values, without this preview field's own. */
function formValues(formContext: unknown, self: string): JsonObject {
  const all = ((formContext as { formData?: JsonObject })?.formData ?? {}) as JsonObject;
  const { [self]: _self, ...rest } = all;
  return rest;
}

const VERB = { add: 'Would add', modify: 'Would change', delete: 'Would delete' } as const;

/**
 * A wizard field that shows, before the task runs, what the template proposes to add
 * and change in the GitOps repository, the manual steps still owed, and the pending
 * change it joins: a dry run of the template with the values entered so far. A refusal
 * shows the server's reason and keeps the wizard from going on to Create (the field's
 * validation reads the value this field sets).
 */
export function ChangePreview(props: FieldExtensionComponentProps<string>) {
  const { namespace = 'default', templateName = '' } = useParams();
  const { onChange } = props;
  const values = formValues(props.formContext, props.idSchema?.$id?.replace(/^root_/, '') ?? 'preview');
  const { value, loading, error } = useChangePreview({ namespace, name: templateName }, values);

  let state: string | undefined;
  if (error) state = refusedValue(error.message);
  else if (!loading && value) state = PREVIEW_PROPOSED;
  useEffect(() => {
    onChange(state);
  }, [onChange, state]);

  if (loading) {
    return (
      <InfoCard title="Computing the proposed change…">
        <Progress />
      </InfoCard>
    );
  }
  if (error) {
    return (
      <WarningPanel severity="error" title="Homeport would refuse this change" defaultExpanded>
        <Typography role="alert" aria-label="Refusal">
          {error.message}
        </Typography>
        <Typography variant="body2">Go back and change the values above: Create stays unavailable until then.</Typography>
      </WarningPanel>
    );
  }
  if (!value?.files.length) {
    return (
      <InfoCard title="No change proposed">
        <Typography>The template would change no file of the GitOps repository.</Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard title={`Proposed change: ${value.files.length} files`}>
      {value.pending && (
        <section aria-label="Pending change">
          <MarkdownContent content={`This change joins ${value.pending}: it would be one more commit on that branch.`} />
        </section>
      )}
      <Typography variant="subtitle2" component="ul" aria-label="Changed files">
        {value.files.map(f => (
          <li key={f.path}>{`${f.action ? VERB[f.action] : 'Would write'} ${f.path}`}</li>
        ))}
      </Typography>
      {value.texts.map(t => (
        <section key={t.title} aria-label={t.title}>
          <Typography variant="h6">{t.title}</Typography>
          <MarkdownContent content={t.content} />
        </section>
      ))}
    </InfoCard>
  );
}
