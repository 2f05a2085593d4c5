export { ChangeSetBuilder } from './ChangeSetBuilder';
export { renderChangeSet, requestApps } from './renderChangeSet';
export { KUBERNETES_ID_LABEL } from './objects';
export type { AppPlan } from './appPlan';
export { helmValuesWithImages, splitRegistry } from './helmImages';
export { renderUpgrade, formatUpgradeEdits } from './dayTwo/upgrade';
export type { UpgradeEdit, UpgradeResult } from './dayTwo/upgrade';
export { parseUpgradeRequest, upgradeRequestSchema } from './dayTwo/upgradeRequest';
export type { UpgradeRequest } from './dayTwo/upgradeRequest';
export { renderDecommission, formatDecommission } from './dayTwo/decommission';
export type {
  DecommissionData,
  DecommissionItem,
  DecommissionOptions,
  DecommissionResult,
} from './dayTwo/decommission';
export { decommissionRequestSchema, parseDecommissionRequest } from './dayTwo/decommissionRequest';
export type { DecommissionRequest } from './dayTwo/decommissionRequest';
export { formatStepsDone, renderStepsDone, stepsDoneRequestSchema } from './dayTwo/stepsDone';
export type { StepsDoneRequest, StepsDoneResult } from './dayTwo/stepsDone';
