import { ManualStep } from '../changeset/types';

/**
 * Who marked a recorded step done, when, and why they say it is done.
 *
 * @public
 */
export interface StepDone {
  /** Entity ref of the user, such as `user:default/jane`. */
  by: string;
  /** ISO 8601 date and time. */
  at: string;
  note?: string;
}

/**
 * A manual step as the repository records it: what a change set owed, and whether a
 * person has marked it done.
 *
 * @public
 */
export interface RecordedStep extends ManualStep {
  done?: StepDone;
}

/**
 * What Homeport found out about one recorded step: `done` or `owed`, or `unknown` when
 * it could not tell (a cluster it cannot reach, a resolver that does not answer).
 *
 * @public
 */
export interface StepStatus {
  id: string;
  status: 'done' | 'owed' | 'unknown';
  /**
   * Where the status comes from: `git` (a person marked it done), `cluster` (the
   * Kubernetes API), `dns` (the resolver), `person` (a manual step nobody marked done).
   */
  source: 'git' | 'cluster' | 'dns' | 'person';
  /** One sentence: what was found, such as `Secret mealie/mealie-authentik holds client_id, client_secret (cluster kube-stub)`. */
  evidence: string;
}

/**
 * The answer of `GET /api/gitops/steps?entityRef=...`.
 *
 * @public
 */
export interface StepsResponse {
  entityRef: string;
  items: StepStatus[];
}
