export {
  PENDING_BRANCH_PREFIX,
  pendingBranchOf,
  pendingChecklist,
  readPendingCommits,
} from './pendingCommits';
export type { PendingCommit } from './pendingCommits';
export { compareUrlOf } from './compareUrl';
