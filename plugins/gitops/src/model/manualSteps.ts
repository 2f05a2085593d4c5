import { describeDone } from '@homeport/plugin-gitops-common/steps';
import type { RecordedStep, StepStatus } from '@homeport/plugin-gitops-common';

/** Where the Create wizard opens Homeport's template that marks steps done (`templates/steps-done`). */
export const STEPS_DONE_TEMPLATE_PATH = '/create/templates/default/gitops-steps-done';

/** A recorded step with what is known of it: from the backend's check, or from git alone while that is not known. */
export interface StepRow {
  step: RecordedStep;
  status: StepStatus['status'] | 'checking';
  source?: StepStatus['source'];
  evidence?: string;
}

/**
 * The steps an entity records, split into those still owed (owed, unknown, or not
 * checked yet) and those done, each with the backend's status when there is one.
 * Without statuses (still loading, or the backend failed), a step is done only when
 * git says a person marked it done.
 */
export function stepRows(
  steps: readonly RecordedStep[],
  statuses?: readonly StepStatus[],
): { owed: StepRow[]; done: StepRow[] } {
  const byId = new Map((statuses ?? []).map(s => [s.id, s]));
  const rows = steps.map((step): StepRow => {
    const found = byId.get(step.id);
    if (found) return { step, status: found.status, source: found.source, evidence: found.evidence };
    if (step.done) return { step, status: 'done', source: 'git', evidence: describeDone(step.done) };
    return { step, status: statuses ? 'unknown' : 'checking' };
  });
  return { owed: rows.filter(r => r.status !== 'done'), done: rows.filter(r => r.status === 'done') };
}

/** The steps-done template, prefilled through the wizard's `formData` query with the service and the steps. */
export function markDoneLink(entityRef: string, ids: readonly string[]): string {
  const formData = { app: entityRef, steps: ids };
  return `${STEPS_DONE_TEMPLATE_PATH}?${new URLSearchParams({ formData: JSON.stringify(formData) })}`;
}
