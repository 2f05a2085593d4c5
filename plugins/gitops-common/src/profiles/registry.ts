import { InputError } from '@backstage/errors';
import { ARGOCD_CEPH_ESO, createArgocdCephEsoProfile } from './argocdCephEso';
import { createFluxAppChartProfile, FLUX_APP_CHART } from './fluxAppChart';
import { createFluxLvmOpenbaoProfile, FLUX_LVM_OPENBAO } from './fluxLvmOpenbao';
import { Profile } from './types';

const FACTORIES: Record<string, (options?: unknown) => Profile> = {
  [FLUX_LVM_OPENBAO]: createFluxLvmOpenbaoProfile,
  [ARGOCD_CEPH_ESO]: createArgocdCephEsoProfile,
  [FLUX_APP_CHART]: createFluxAppChartProfile,
};

/** The ids of the built-in profiles. */
export const PROFILE_IDS: readonly string[] = Object.keys(FACTORIES);

/**
 * A built-in profile by id, with the team's options (from app-config.yaml) over its
 * defaults.
 *
 * @public
 */
export function createProfile(id: string, options?: unknown): Profile {
  const factory = FACTORIES[id];
  if (!factory) {
    throw new InputError(`Unknown profile '${id}'; known profiles: ${PROFILE_IDS.join(', ')}`);
  }
  return factory(options);
}
