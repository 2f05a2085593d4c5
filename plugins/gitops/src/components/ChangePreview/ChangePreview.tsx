import {
  ErrorPanel,
  InfoCard,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { JsonObject } from '@backstage/types';
import { Typography } from '@material-ui/core';
import { useParams } from 'react-router-dom';
import { useChangePreview } from './useChangePreview';

/** The form's values, without this preview field's own. */
function formValues(formContext: unknown, self: string): JsonObject {
  const all = ((formContext as { formData?: JsonObject })?.formData ?? {}) as JsonObject;
  const { [self]: _self, ...rest } = all;
  return rest;
}

/**
 * A wizard field that shows, before the task runs, the files the template will add
 * and change in the GitOps repository and the manual steps still owed: a dry run of the
 * template with the values entered so far.
 */
export function ChangePreview(props: FieldExtensionComponentProps<string>) {
  const { namespace = 'default', templateName = '' } = useParams();
  const values = formValues(props.formContext, props.idSchema?.$id?.replace(/^root_/, '') ?? 'preview');
  const { value, loading, error } = useChangePreview({ namespace, name: templateName }, values);

  if (loading) {
    return (
      <InfoCard title="Computing the change…">
        <Progress />
      </InfoCard>
    );
  }
  if (error) {
    return <ErrorPanel title="This change cannot be made" error={error} />;
  }
  if (!value?.files.length) {
    return (
      <InfoCard title="No change">
        <Typography>The template would change no file of the GitOps repository.</Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard title={`The change: ${value.files.length} files`}>
      <Typography variant="subtitle2" component="ul" aria-label="Changed files">
        {value.files.map(f => (
          <li key={f.path}>{f.path}</li>
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
