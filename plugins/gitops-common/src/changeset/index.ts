export type { ChangeSet, FileChange, ManualStep } from './types';
export { changeSetToDiff } from './diff';
export { formatChecklist } from './checklist';
