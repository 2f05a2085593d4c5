export type { Profile } from './types';
export { createFluxLvmOpenbaoProfile, FLUX_LVM_OPENBAO } from './fluxLvmOpenbao';
export { fluxLvmOpenbaoOptions } from './fluxLvmOpenbao/options';
export type { FluxLvmOpenbaoOptions } from './fluxLvmOpenbao/options';
export { createProfile, PROFILE_IDS } from './registry';
