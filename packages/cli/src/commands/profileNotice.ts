import { ResolvedProfile } from '@homeport/plugin-gitops-common';

/** The line a command prints when it works with the repository's own or inferred profile. */
export function profileNotice(resolved: ResolvedProfile): string {
  const from = resolved.source === 'repository' ? 'from .homeport/profile.yaml' : "inferred from the repository's apps: see homeport profile infer";
  return `Profile: ${resolved.profile.id} (${from})\n`;
}
