import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Understanding } from '@homeport/plugin-gitops-common';

/**
 * Logs what a read did not understand of a repository: a warning when it found no
 * service at all (with what it found and looked for), one info line per thing found but
 * not read otherwise. Nothing when it understood everything.
 */
export function logUnderstanding(
  logger: LoggerService,
  repositoryId: string,
  u: Understanding,
) {
  if (u.status === 'understood') return;
  const found =
    u.found.map(f => `${f.count} ${f.entryPoint}`).join(', ') ||
    'no entry point';
  if (u.status === 'not-understood') {
    logger.warn(
      `GitOps repository '${repositoryId}' is not understood: no service found (found: ${found}; looked for: ${(
        u.notFound ?? []
      ).join(', ')})`,
    );
  }
  for (const n of u.notUnderstood) {
    logger.info(
      `GitOps repository '${repositoryId}': not read: ${n.path}: ${n.why}`,
    );
  }
}
