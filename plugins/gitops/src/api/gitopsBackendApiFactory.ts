import { createApiFactory, discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { DefaultGitopsBackendApi } from './DefaultGitopsBackendApi';
import { gitopsBackendApiRef } from './GitopsBackendApi';

/**
 * How the API of Homeport's backend plugin (pending changes, configured repositories) is
 * made: one factory for the new frontend system's `ApiBlueprint` and the legacy system's
 * `createPlugin`.
 */
export const gitopsBackendApiFactory = createApiFactory({
  api: gitopsBackendApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: deps => new DefaultGitopsBackendApi(deps),
});
