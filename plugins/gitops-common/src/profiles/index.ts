export type { Profile } from './types';
export { createFluxLvmOpenbaoProfile, FLUX_LVM_OPENBAO } from './fluxLvmOpenbao';
export { fluxLvmOpenbaoOptions } from './fluxLvmOpenbao/options';
export type { FluxLvmOpenbaoOptions } from './fluxLvmOpenbao/options';
export { createFluxAppChartProfile, FLUX_APP_CHART } from './fluxAppChart';
export { fluxAppChartOptions } from './fluxAppChart/options';
export type { FluxAppChartOptions } from './fluxAppChart/options';
export { ARGOCD_CEPH_ESO, createArgocdCephEsoProfile } from './argocdCephEso';
export { argocdCephEsoOptions } from './argocdCephEso/options';
export type { ArgocdCephEsoOptions } from './argocdCephEso/options';
export { FLUX_APP_TEMPLATE, FLUX_APP_TEMPLATE_DOCUMENT } from './fluxAppTemplate/document';
export { createFluxHelmProfile } from './fluxHelm';
export { profileDocument, fluxHelmProfileSpec } from './document/schema';
export type { ProfileDocument, ProfileDocumentInput, FluxHelmProfileSpec } from './document/schema';
export { parseProfileObject, parseProfileYaml } from './document/parse';
export {
  createBuiltinRegistry,
  createProfile,
  defaultProfileRegistry,
  fluxAppTemplateDocument,
  PROFILE_IDS,
  ProfileRegistry,
} from './registry';
export type { ProfileFactory } from './registry';
export { inferProfile, formatInference } from './infer';
export type { InferredField, ProfileInference, Undecided } from './infer';
export { lintProfileOf, resolveProfile, REPOSITORY_PROFILE_FILE } from './select';
export type { ResolvedProfile } from './select';
