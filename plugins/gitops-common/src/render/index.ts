export { ChangeSetBuilder } from './ChangeSetBuilder';
export { renderChangeSet, requestApps } from './renderChangeSet';
export { KUBERNETES_ID_LABEL } from './objects';
export type { AppPlan } from './appPlan';
export { helmValuesWithImages, splitRegistry } from './helmImages';
