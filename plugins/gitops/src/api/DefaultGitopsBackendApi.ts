import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { PendingChangesResponse, RepositoriesResponse, StepsResponse } from '@homeport/plugin-gitops-common';
import { GitopsBackendApi } from './GitopsBackendApi';

/**
 * Reads `GET /api/gitops/pending`, `GET /api/gitops/repositories` and
 * `GET /api/gitops/steps?entityRef=` of `@homeport/plugin-gitops-backend`.
 *
 * @public
 */
export class DefaultGitopsBackendApi implements GitopsBackendApi {
  constructor(private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {}

  listPendingChanges(): Promise<PendingChangesResponse> {
    return this.get('/pending');
  }

  listRepositories(): Promise<RepositoriesResponse> {
    return this.get('/repositories');
  }

  checkSteps(entityRef: string): Promise<StepsResponse> {
    return this.get(`/steps?${new URLSearchParams({ entityRef })}`);
  }

  private async get<T>(path: string): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('gitops');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }
}
