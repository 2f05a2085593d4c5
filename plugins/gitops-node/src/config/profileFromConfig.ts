import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  defaultProfileRegistry,
  FileTree,
  parseProfileObject,
  Profile,
  ProfileRegistry,
  resolveProfile,
  RepositoryModel,
  ResolvedProfile,
} from '@homeport/plugin-gitops-common';

/** The profile id that means: the repository's `.homeport/profile.yaml`, else the one inferred from its apps. */
export const AUTO_PROFILE = 'auto';

/** Whether an entry of `homeport.profiles` is a whole profile document rather than options. */
export function isProfileDocument(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'apiVersion' in (value as object);
}

/**
 * A repository's profile from config: `homeport.profiles.<id>` holds either options of
 * the built-in `<id>` or a whole profile document; `auto` (the default) takes the
 * repository's `.homeport/profile.yaml`, else infers one from its apps, and needs `tree`.
 *
 * @public
 */
export function resolveProfileFromConfig(
  config: Config,
  id: string,
  tree?: FileTree,
  registry: ProfileRegistry = defaultProfileRegistry,
  model?: RepositoryModel,
): ResolvedProfile {
  if (id === AUTO_PROFILE) {
    if (!tree) throw new InputError(`Profile '${AUTO_PROFILE}' is read from the repository: its files are needed`);
    return resolveProfile(tree, {}, registry, model);
  }
  const options = config.getOptionalConfig(`homeport.profiles.${id}`)?.get() ?? {};
  if (isProfileDocument(options)) {
    const document = parseProfileObject(options, `homeport.profiles.${id}`);
    return { profile: registry.fromDocument(document), source: 'configured', document };
  }
  return { profile: registry.create(id, options), source: 'configured' };
}

/**
 * The profile `id` with the team's options from `homeport.profiles.<id>` over its
 * defaults (see {@link resolveProfileFromConfig}).
 *
 * @public
 */
export function profileFromConfig(config: Config, id: string, tree?: FileTree, registry?: ProfileRegistry): Profile {
  return resolveProfileFromConfig(config, id, tree, registry).profile;
}
