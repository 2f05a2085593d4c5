import { createApiFactory } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { DefaultGitopsApi } from './DefaultGitopsApi';
import { gitopsApiRef } from './GitopsApi';

/**
 * How the GitOps API is made from Backstage's Kubernetes and catalog APIs: one factory for
 * the new frontend system's `ApiBlueprint` and the legacy system's `createApiFactory`.
 */
export const gitopsApiFactory = createApiFactory({
  api: gitopsApiRef,
  deps: {
    kubernetesApi: kubernetesApiRef,
    kubernetesAuthProvidersApi: kubernetesAuthProvidersApiRef,
    catalogApi: catalogApiRef,
  },
  factory: deps => new DefaultGitopsApi(deps),
});
