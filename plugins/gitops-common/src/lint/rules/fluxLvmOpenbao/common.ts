import { FluxLvmOpenbaoOptions } from '../../../profiles/fluxLvmOpenbao/options';
import { Rule, RuleDoc } from '../../types';

/** The profile id, the prefix of its rules. */
export const PROFILE = 'flux-lvm-openbao';

/** A rule of this profile. */
export type FluxLvmRule = Rule<FluxLvmOpenbaoOptions>;

/** Seed 000, where the seed's lines are quoted from. */
export const SEED = 'seed 000 (docs/app-guidelines.md)';

/** Documentation fields shared by this profile's rules. */
export function doc(slug: string, severity: RuleDoc['severity'], source: string, citation: string) {
  return { id: `${PROFILE}/${slug}`, severity, source, citation: `${SEED}: ${citation}` };
}

/** The storage classes of the options, with their volume groups. */
export function storageClasses(o: FluxLvmOpenbaoOptions) {
  return [o.storage.fast, o.storage.bulk];
}

/** Whether a file is in the apps folder. */
export function inApps(o: FluxLvmOpenbaoOptions, file: string): boolean {
  return file.startsWith(`${o.appsDir}/`);
}
