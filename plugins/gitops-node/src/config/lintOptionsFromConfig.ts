import { Config } from '@backstage/config';
import { FileTree, lintProfileOf, LintOptions, ProfileRegistry, RepositoryModel, RuleLevel } from '@homeport/plugin-gitops-common';
import { AUTO_PROFILE, isProfileDocument, resolveProfileFromConfig } from './profileFromConfig';

/**
 * Lint options for a repository's profile: the profile's options from
 * `homeport.profiles.<id>` (or, for `auto` and profile documents, the document the
 * profile comes from) and the team's rule levels from `homeport.lint.rules`.
 *
 * @public
 */
export function lintOptionsFromConfig(
  config: Config,
  profile: string,
  tree?: FileTree,
  registry?: ProfileRegistry,
  /** The repository's services when read already without a profile filter (spares inference a second read). */
  model?: RepositoryModel,
): LintOptions {
  const rules = (config.getOptionalConfig('homeport.lint.rules')?.get() ?? {}) as Record<string, RuleLevel>;
  const options = config.getOptionalConfig(`homeport.profiles.${profile}`)?.get() ?? {};
  if (profile === AUTO_PROFILE || isProfileDocument(options)) {
    return { ...lintProfileOf(resolveProfileFromConfig(config, profile, tree, registry, model)), rules };
  }
  return { profile, profileOptions: options, rules };
}
