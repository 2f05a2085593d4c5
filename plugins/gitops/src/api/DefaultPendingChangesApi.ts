import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { PendingChangesResponse } from '@homeport/plugin-gitops-common';
import { PendingChangesApi } from './PendingChangesApi';

/**
 * Reads `GET /api/gitops/pending` of `@homeport/plugin-gitops-backend`.
 *
 * @public
 */
export class DefaultPendingChangesApi implements PendingChangesApi {
  constructor(private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {}

  async listPendingChanges(): Promise<PendingChangesResponse> {
    const base = await this.deps.discoveryApi.getBaseUrl('gitops');
    const response = await this.deps.fetchApi.fetch(`${base}/pending`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }
}
