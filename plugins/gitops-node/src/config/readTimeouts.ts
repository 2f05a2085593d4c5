import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { DEFAULT_GIT_TIMEOUT_MS } from '../git/runGit';

/** How long an HTTP call to a forge may take when `homeport.timeouts.http` is not set. */
export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

/** How long one automatic check of a manual step may take when `homeport.timeouts.stepCheck` is not set. */
const DEFAULT_STEP_CHECK_TIMEOUT_MS = 5_000;

/**
 * How long Homeport's outgoing calls may take before they are stopped.
 *
 * @public
 */
export interface HomeportTimeouts {
  /** Each git command (clone, ls-remote, fetch, push, and the local ones). */
  gitMs: number;
  /** Each HTTP request to a forge's API. */
  httpMs: number;
  /** Each automatic check of a manual step: one Kubernetes API request or one DNS lookup. */
  stepCheckMs: number;
}

function read(config: Config, key: string, fallback: number): number {
  if (!config.has(key)) return fallback;
  const ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
  if (!(ms > 0)) throw new Error(`${key} must be a positive duration`);
  return ms;
}

/**
 * `homeport.timeouts.git`, `homeport.timeouts.http` and `homeport.timeouts.stepCheck`, as
 * durations such as `{ seconds: 30 }` or `PT30S`. Defaults to 60 s for git, 30 s for HTTP
 * and 5 s for a step check.
 *
 * @public
 */
export function readTimeouts(config: Config): HomeportTimeouts {
  return {
    gitMs: read(config, 'homeport.timeouts.git', DEFAULT_GIT_TIMEOUT_MS),
    httpMs: read(config, 'homeport.timeouts.http', DEFAULT_HTTP_TIMEOUT_MS),
    stepCheckMs: read(config, 'homeport.timeouts.stepCheck', DEFAULT_STEP_CHECK_TIMEOUT_MS),
  };
}
