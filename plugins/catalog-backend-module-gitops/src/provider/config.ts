import crypto from 'node:crypto';
import path from 'node:path';
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  cacheDirOf,
  GitOpsRepositoryConfig,
  readRepositoryConfigs,
} from '@homeport/plugin-gitops-node';

/** How often a repository is read when its entry names no `schedule`. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { seconds: 60 },
  timeout: { seconds: 60 },
};

/** A configured repository, with what only the entity provider reads. */
export interface GitopsProviderConfig extends GitOpsRepositoryConfig {
  /** `homeport.repositories[].schedule`, or {@link DEFAULT_SCHEDULE}. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The folder of the repository's checkout, under `homeport.cacheDir`. */
  checkoutDir: string;
}


/**
 * The repositories of `homeport.repositories` with their schedule and checkout folder.
 * The folder name holds a hash of the URL, so that a repository id pointed at another
 * URL never reuses the old checkout.
 */
export function readProviderConfigs(config: Config): GitopsProviderConfig[] {
  const entries = config.getOptionalConfigArray('homeport.repositories') ?? [];
  const cacheDir = cacheDirOf(config);
  return readRepositoryConfigs(config).map((repository, index) => {
    const scheduleConfig = entries[index].getOptionalConfig('schedule');
    const hash = crypto
      .createHash('sha256')
      .update(repository.url)
      .digest('hex')
      .slice(0, 10);
    return {
      ...repository,
      schedule: scheduleConfig
        ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
        : DEFAULT_SCHEDULE,
      checkoutDir: path.join(cacheDir, `${repository.id}-${hash}`),
    };
  });
}
