import { Config } from '@backstage/config';
import { LintOptions, RuleLevel } from '@homeport/plugin-gitops-common';

/**
 * Lint options for a repository's profile: the profile's options from
 * `homeport.profiles.<id>` and the team's rule levels from `homeport.lint.rules`.
 *
 * @public
 */
export function lintOptionsFromConfig(config: Config, profile: string): LintOptions {
  return {
    profile,
    profileOptions: config.getOptionalConfig(`homeport.profiles.${profile}`)?.get() ?? {},
    rules: (config.getOptionalConfig('homeport.lint.rules')?.get() ?? {}) as Record<string, RuleLevel>,
  };
}
