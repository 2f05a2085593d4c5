export type { ChangeSet, FileChange, ManualStep, StepCheck } from './types';
export { changeSetToDiff } from './diff';
export { formatChecklist } from './checklist';
