export { createDryRunGuard, UNREGISTERED_DRY_RUN_REFUSAL } from './createDryRunGuard';
