import { useApi } from '@backstage/core-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  catalogApiRef,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { ANNOTATIONS } from '../annotations';
import { DeliveryIndex, gitopsApiRef } from '../api/GitopsApi';
import { ServiceRow, serviceRowOf } from '../model/overview';

/** Every service of every configured repository: the catalog's Components with `homeport.dev/repository`. */
export function useGitopsServices(): {
  value?: ServiceRow[];
  loading: boolean;
  error?: Error;
} {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'Component',
        [`metadata.annotations.${ANNOTATIONS.repository}`]:
          CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'metadata.annotations',
        'spec.owner',
      ],
    });
    return items.map(serviceRowOf).sort((x, y) => x.name.localeCompare(y.name));
  }, [catalogApi]);
}

/** The delivery state of every service, one request per repository. */
export function useDeliveryIndex(): {
  value?: DeliveryIndex;
  loading: boolean;
  error?: Error;
} {
  const api = useApi(gitopsApiRef);
  return useAsync(() => api.getDeliveryIndex(), [api]);
}
