import { createServiceFactory, createServiceRef } from '@backstage/backend-plugin-api';
import { createBuiltinRegistry, ProfileRegistry } from '@homeport/plugin-gitops-common';

/**
 * The profiles Homeport's backend modules render and lint with: the built-ins by default.
 * To add a convention that is code, replace the factory in the backend:
 *
 * ```ts
 * backend.add(createServiceFactory({
 *   service: gitopsProfileRegistryServiceRef,
 *   deps: {},
 *   factory: () => createBuiltinRegistry().register('my-lab', options => createMyLabProfile(options)),
 * }));
 * ```
 *
 * (A convention that data can say needs no code: a profile document in the repository's
 * `.homeport/profile.yaml` or under `homeport.profiles`.)
 *
 * @public
 */
export const gitopsProfileRegistryServiceRef = createServiceRef<ProfileRegistry>({
  id: 'homeport.profiles',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({ service, deps: {}, factory: () => createBuiltinRegistry() }),
});
