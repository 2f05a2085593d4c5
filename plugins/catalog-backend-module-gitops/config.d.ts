import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  homeport?: {
    /**
     * (Optional) The folder where the catalog module keeps a checkout of each GitOps
     * repository it reads (one folder per repository and URL), and where `gitops:render`
     * keeps the Helm chart archives it read (`charts/`). A relative path resolves
     * against the backend's working directory. Defaults to `homeport-gitops` in the
     * operating system's temp folder.
     */
    cacheDir?: string;
    /**
     * The GitOps repositories (every key is documented in the config.d.ts of
     * @homeport/plugin-gitops-node); the catalog module also reads `schedule`.
     */
    repositories?: Array<{
      /**
       * (Optional) How often the entity provider asks whether the branch moved, and
       * reads it when it did, as a Backstage task schedule such as
       * `{ frequency: { seconds: 60 }, timeout: { seconds: 60 } }` (or cron / ISO 8601
       * durations). Defaults to every 60 seconds with a 60 second timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    }>;
  };
}
