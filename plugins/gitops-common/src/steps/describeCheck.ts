import { StepCheck } from '../changeset/types';
import { StepDone } from './types';

/**
 * One sentence saying how a step's check is made: what Homeport looks at by itself
 * (a Secret's keys, an ExternalSecret's Ready condition, a host's address), or what a
 * person looks at.
 *
 * @public
 */
export function describeCheck(check: StepCheck): string {
  switch (check.kind) {
    case 'secret':
      return `Secret ${check.namespace}/${check.name} holds ${check.keys.length ? check.keys.join(', ') : 'its keys'} (Homeport checks the cluster).`;
    case 'external-secret':
      return `ExternalSecret ${check.namespace}/${check.name} is Ready (Homeport checks the cluster).`;
    case 'dns':
      return `${check.host} resolves (Homeport asks the resolver).`;
    case 'manual':
      return check.how;
    default:
      return '';
  }
}

/**
 * One sentence saying who marked a step done, on which day, and their note: the evidence
 * of a step done in git, as the backend answers it and the card shows it.
 *
 * @public
 */
export function describeDone(done: StepDone): string {
  return `Marked done by ${done.by} on ${done.at.slice(0, 10)}${done.note ? `: ${done.note}` : ''}`;
}
