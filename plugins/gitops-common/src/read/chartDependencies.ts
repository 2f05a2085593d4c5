import { parse } from 'yaml';
import { arr, str } from './objects';
import { LocalChart, RepoIndex } from './repoIndex';
import { ChartRef } from './types';
import { isRecord } from './yamlFile';

/**
 * The charts an in-repository chart depends on (`dependencies:` of its `Chart.yaml`): an
 * umbrella or wrapper chart deploys these, so they are the charts a reader of the
 * service wants to see. `file://` dependencies point into the repository.
 */
export function chartDependencies(
  index: RepoIndex,
  local: LocalChart,
): ChartRef[] {
  const file = local.dir ? `${local.dir}/Chart.yaml` : 'Chart.yaml';
  let chart: unknown;
  try {
    chart = parse(index.tree.read(file) ?? '', { logLevel: 'error' });
  } catch {
    return [];
  }
  if (!isRecord(chart)) return [];
  const out: ChartRef[] = [];
  for (const dep of arr(chart, 'dependencies')) {
    const name = str(dep, 'name');
    if (!name) continue;
    const repository = str(dep, 'repository');
    const version = str(dep, 'version');
    let sourceKind: ChartRef['sourceKind'] = 'HelmRepository';
    if (repository?.startsWith('oci://')) sourceKind = 'OCIRepository';
    else if (!repository || repository.startsWith('file://'))
      sourceKind = 'Unknown';
    out.push({
      name,
      ...(version ? { version } : {}),
      sourceKind,
      ...(repository ? { sourceUrl: repository } : {}),
    });
  }
  return out;
}

/** The chart reference with its dependencies, when the chart is in the repository and has any. */
export function withDependencies(
  index: RepoIndex,
  chart: ChartRef,
  local: LocalChart | undefined,
): ChartRef {
  if (!local) return chart;
  const dependencies = chartDependencies(index, local);
  return dependencies.length ? { ...chart, dependencies } : chart;
}
