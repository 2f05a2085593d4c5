import { ConflictError } from '@backstage/errors';
import { PendingCommit } from '@homeport/plugin-gitops-node';

/** What `gitops:publish:branch` does with its branch. */
export type PublishMode = 'create' | 'stack';

/**
 * Whether a change creates its branch or stacks onto the pending change there: it
 * stacks when the branch exists and the checkout stands on its tip (gitops:checkout
 * checked the pending branch out); a branch that points elsewhere (moved since, or not
 * checked out) is a conflict, never overwritten.
 */
export function publishMode(options: { branch: string; remoteTip?: string; head: string }): PublishMode {
  const { branch, remoteTip, head } = options;
  if (!remoteTip) return 'create';
  if (remoteTip === head) return 'stack';
  throw new ConflictError(
    `Branch ${branch} holds a pending change that this checkout does not build on (the branch is at ${remoteTip.slice(0, 7)}, the checkout at ${head.slice(0, 7)}): run the template again so that the change stacks onto it, or merge or delete the branch first.`,
  );
}

/** The day of an ISO date. */
function day(date: string): string {
  return date.slice(0, 10);
}

/**
 * A pending change in words, for the preview and the task output, such as "the pending
 * change on branch `homeport/web` (1 commit not merged yet: "Add web" by Ada on 2026-12-06)".
 */
export function describePending(branch: string, commits: readonly PendingCommit[]): string {
  if (!commits.length) return `the pending branch \`${branch}\` (no commits beyond the base branch yet)`;
  const listed = commits
    .map(c => `"${c.subject}" by ${c.authorName} on ${day(c.date)}`)
    .join('; ');
  const count = commits.length === 1 ? '1 commit' : `${commits.length} commits`;
  return `the pending change on branch \`${branch}\` (${count} not merged yet: ${listed})`;
}
