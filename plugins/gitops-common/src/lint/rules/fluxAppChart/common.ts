import { FluxAppChartOptions } from '../../../profiles/fluxAppChart/options';
import { stringAt } from '../../k8s';
import { helmReleases } from '../../references';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import { Rule, RuleDoc } from '../../types';

export const PROFILE = 'flux-app-chart';

/** A rule of this profile. */
export type ChartRule = Rule<FluxAppChartOptions>;

/** Documentation fields shared by this profile's rules. */
export function doc(slug: string, severity: RuleDoc['severity'], source: string, citation: string) {
  return { id: `${PROFILE}/${slug}`, severity, source, citation: `seed 001: ${citation}` };
}

/** HelmReleases of the in-house chart in the apps folder. */
export function appReleases(index: RepoIndex, o: FluxAppChartOptions): YamlDoc[] {
  return helmReleases(index).filter(d => d.file.startsWith(`${o.appsDir}/`) && stringAt(d.value, ['spec', 'chart', 'spec', 'chart']) === o.chart.name);
}
