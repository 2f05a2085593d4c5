import { describeCheck } from '../steps/describeCheck';
import { ChangeSet } from './types';

/**
 * The manual steps of a change set as a Markdown checklist (pull request bodies, the
 * command line, the wizard's output), each with how to check it is done.
 *
 * @public
 */
export function formatChecklist(changeSet: ChangeSet): string {
  if (!changeSet.manualSteps.length) return 'Nothing to do by hand.\n';
  return changeSet.manualSteps
    .map(s => `- [ ] **${s.title}** (${s.owner}): ${s.detail} Check: ${describeCheck(s.check)}`)
    .join('\n')
    .concat('\n');
}
