import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { FormControl, FormHelperText, InputLabel, MenuItem, Select } from '@material-ui/core';
import { useEffect } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { gitopsBackendApiRef } from '../../api/GitopsBackendApi';

/**
 * The wizard's GitOps repository field: a picker of the ids under
 * `homeport.repositories`, read from Homeport's backend plugin. With one repository it
 * shows nothing and sets that id; a value that names no configured repository becomes
 * the first (the default).
 */
export function RepositoryPicker(props: FieldExtensionComponentProps<string>) {
  const { onChange, formData, schema, rawErrors, required } = props;
  const api = useApi(gitopsBackendApiRef);
  const { value, loading, error } = useAsync(() => api.listRepositories(), [api]);
  const ids = (value?.items ?? []).map(r => r.id);
  const valid = formData !== undefined && ids.includes(formData);
  useEffect(() => {
    if (ids.length && !valid) onChange(ids[0]);
  }, [ids, valid, onChange]);

  if (loading) return <Progress />;
  if (error) return <WarningPanel severity="error" title="Could not read the GitOps repositories" message={error.message} />;
  if (ids.length < 2) return null;
  return (
    <FormControl fullWidth required={required} error={!!rawErrors?.length}>
      <InputLabel id="gitops-repository-picker">{schema.title ?? 'Repository'}</InputLabel>
      <Select
        labelId="gitops-repository-picker"
        value={valid ? formData : ids[0]}
        onChange={e => onChange(e.target.value as string)}
      >
        {ids.map(id => (
          <MenuItem key={id} value={id}>
            {id}
          </MenuItem>
        ))}
      </Select>
      {schema.description && <FormHelperText>{schema.description}</FormHelperText>}
    </FormControl>
  );
}
