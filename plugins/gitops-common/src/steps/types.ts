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
