import { Config } from '@backstage/config';
import { createProfile, Profile } from '@homeport/plugin-gitops-common';

/**
 * The profile `id` with the team's options from `homeport.profiles.<id>` over its
 * defaults.
 *
 * @public
 */
export function profileFromConfig(config: Config, id: string): Profile {
  const options = config.getOptionalConfig(`homeport.profiles.${id}`)?.get() ?? {};
  return createProfile(id, options);
}
