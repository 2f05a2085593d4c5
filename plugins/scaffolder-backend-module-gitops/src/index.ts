/**
 * Homeport's scaffolder actions.
 *
 * @packageDocumentation
 */
export { scaffolderModuleGitops as default } from './module';
export { createGitopsCheckoutAction } from './actions/checkout';
export { createGitopsRenderAction } from './actions/render';
export { createGitopsLintAction } from './actions/lint';
export { createGitopsPublishBranchAction } from './actions/publishBranch';
export { createGitopsStepsDoneAction } from './actions/stepsDone';
export { createGitopsUpgradeAction } from './actions/upgrade';
export { createGitopsDecommissionAction } from './actions/decommission';
export { createPublishGiteaPullRequestAction } from './actions/gitea/publishGiteaPullRequest';
export type { GitopsActionOptions } from './actions/options';
