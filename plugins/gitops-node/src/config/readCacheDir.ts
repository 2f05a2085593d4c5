import os from 'node:os';
import path from 'node:path';
import { Config } from '@backstage/config';

/**
 * `homeport.cacheDir`, else `homeport-gitops` in the OS temp folder; a relative path
 * resolves against the working directory. The catalog provider's checkouts, the chart
 * archives `gitops:render` read and the pending-changes mirror live under it.
 *
 * @public
 */
export function readCacheDir(config: Config): string {
  const configured = config.getOptionalString('homeport.cacheDir');
  return configured ? path.resolve(configured) : path.join(os.tmpdir(), 'homeport-gitops');
}
