import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { gitopsApiRef } from '../api/GitopsApi';
import { ServiceState } from '../model/types';

/** The live state of the entity's service; `retry` reads it again. */
export function useServiceState(entity: Entity): {
  value?: ServiceState;
  loading: boolean;
  error?: Error;
  retry: () => void;
} {
  const api = useApi(gitopsApiRef);
  const ref = `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`;
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getServiceState(entity),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, ref, entity.metadata.etag],
  );
  return { value, loading, error, retry };
}
