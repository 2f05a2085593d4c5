export type { Profile } from './types';
export { createFluxLvmOpenbaoProfile, FLUX_LVM_OPENBAO } from './fluxLvmOpenbao';
export { fluxLvmOpenbaoOptions } from './fluxLvmOpenbao/options';
export type { FluxLvmOpenbaoOptions } from './fluxLvmOpenbao/options';
export { createFluxAppChartProfile, FLUX_APP_CHART } from './fluxAppChart';
export { fluxAppChartOptions } from './fluxAppChart/options';
export type { FluxAppChartOptions } from './fluxAppChart/options';
export { createProfile, PROFILE_IDS } from './registry';
