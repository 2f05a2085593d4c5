import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  catalogApiRef,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { ANNOTATIONS, isGitopsRepositorySystem } from '../annotations';

/**
 * The Systems of the GitOps repositories the read did not understand entirely: those
 * carrying `homeport.dev/understanding`, by repository id.
 */
export function useRepositoryUnderstandings(): {
  value?: Entity[];
  loading: boolean;
  error?: Error;
} {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'System',
        [`metadata.annotations.${ANNOTATIONS.understanding}`]:
          CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'metadata.annotations',
      ],
    });
    const repositoryOf = (e: Entity) =>
      e.metadata.annotations?.[ANNOTATIONS.repository] ?? '';
    return items
      .filter(
        e =>
          isGitopsRepositorySystem(e) &&
          e.metadata.annotations?.[ANNOTATIONS.understanding] !== undefined,
      )
      .sort((a, b) => repositoryOf(a).localeCompare(repositoryOf(b)));
  }, [catalogApi]);
}
