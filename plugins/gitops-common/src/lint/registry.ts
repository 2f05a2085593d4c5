import { InputError } from '@backstage/errors';
import { argocdCephEsoOptions } from '../profiles/argocdCephEso/options';
import { fluxAppChartOptions } from '../profiles/fluxAppChart/options';
import { fluxLvmOpenbaoOptions } from '../profiles/fluxLvmOpenbao/options';
import { ARGOCD_CEPH_ESO_RULES } from './rules/argocdCephEso';
import { FLUX_APP_CHART_RULES } from './rules/fluxAppChart';
import { FLUX_LVM_OPENBAO_RULES } from './rules/fluxLvmOpenbao';
import { GENERIC_RULES } from './rules/generic';
import { FLUX_HELM_RULES } from './rules/fluxHelm/rules';
import { fluxHelmProfileSpec } from '../profiles/document/schema';
import { fluxAppTemplateSpec } from '../profiles/registry';
import { Rule, RuleDoc } from './types';

interface LintProfile {
  rules: readonly Rule[];
  parseOptions(options: unknown): unknown;
}

const PROFILES: Record<string, LintProfile> = {
  'flux-lvm-openbao': { rules: [...GENERIC_RULES, ...FLUX_LVM_OPENBAO_RULES], parseOptions: o => fluxLvmOpenbaoOptions.parse(o ?? {}) },
  'argocd-ceph-eso': { rules: [...GENERIC_RULES, ...ARGOCD_CEPH_ESO_RULES], parseOptions: o => argocdCephEsoOptions.parse(o ?? {}) },
  'flux-app-chart': { rules: [...GENERIC_RULES, ...FLUX_APP_CHART_RULES], parseOptions: o => fluxAppChartOptions.parse(o ?? {}) },
  'flux-app-template': { rules: [...GENERIC_RULES, ...FLUX_HELM_RULES], parseOptions: o => fluxAppTemplateSpec(o ?? {}) },
  /** A repository's own data profile: the options are the document's `spec`. */
  'flux-helm': { rules: [...GENERIC_RULES, ...FLUX_HELM_RULES], parseOptions: o => fluxHelmProfileSpec.parse(o) },
};

/** The profiles lint knows. */
export const LINT_PROFILE_IDS: readonly string[] = Object.keys(PROFILES);

/** The lint profile of `id`, or an InputError naming the known ones. */
export function lintProfile(id: string): LintProfile {
  const profile = PROFILES[id];
  if (!profile) throw new InputError(`Unknown profile '${id}'; known profiles: ${LINT_PROFILE_IDS.join(', ')}`);
  return profile;
}

/**
 * The documentation of the rules a profile runs (every profile's when `profile` is not
 * given), in their order.
 *
 * @public
 */
export function lintRules(profile?: string): RuleDoc[] {
  const rules = profile ? lintProfile(profile).rules : [...new Map(Object.values(PROFILES).flatMap(p => p.rules).map(r => [r.id, r])).values()];
  return rules.map(({ id, severity, title, description, source, citation }) => ({ id, severity, title, description, source, citation }));
}
