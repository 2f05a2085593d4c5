export type { PrivilegeFinding } from './types';
export type { PrivilegeOptions } from './privilegeOfFiles';
export { privilegeOfChanges, privilegeOfFiles } from './privilegeOfFiles';
export { describePrivilege } from './describePrivilege';
export { DEFAULT_HOST_ACCESS_CHARTS, chartBaseName } from './hostAccessCharts';
