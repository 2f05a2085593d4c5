import crypto from 'node:crypto';
import path from 'node:path';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { GitOpsRepositoryConfig } from '@homeport/plugin-gitops-node';
import { PendingMirror } from './PendingMirror';
import { PendingChangesResponse } from '@homeport/plugin-gitops-common';

/** The pending changes of every configured repository, each through a mirror of its own. */
export function createPendingChangesLister(options: {
  repositories: GitOpsRepositoryConfig[];
  cacheDir: string;
  timeoutMs: number;
  logger: LoggerService;
  /** Backstage's `integrations`: the credentials of HTTP(S) repositories. */
  integrations?: ScmIntegrationRegistry;
}): () => Promise<PendingChangesResponse> {
  const mirrors = options.repositories.map(repository => {
    // The URL's hash in the name: a repository id pointed elsewhere never reuses a mirror.
    const hash = crypto.createHash('sha256').update(repository.url).digest('hex').slice(0, 10);
    const dir = path.join(options.cacheDir, `pending-${repository.id}-${hash}.git`);
    return { repository, mirror: new PendingMirror({ repository, dir, timeoutMs: options.timeoutMs, integrations: options.integrations }) };
  });
  return async () => {
    const response: PendingChangesResponse = { items: [], errors: [] };
    for (const { repository, mirror } of mirrors) {
      try {
        response.items.push(...(await mirror.list()));
      } catch (error) {
        options.logger.warn(`Cannot read the pending changes of GitOps repository '${repository.id}': ${error}`);
        response.errors.push({ repository: repository.id, message: `Cannot read the pending changes of GitOps repository '${repository.id}'` });
      }
    }
    return response;
  };
}
