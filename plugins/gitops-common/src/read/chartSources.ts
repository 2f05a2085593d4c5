import { dirOf } from '../tree/paths';
import { FLUX_SOURCE_GROUP, isKind, K8sObject, rec, str } from './objects';
import { baseName, normalizePath } from './repoPaths';
import {
  LocalChart,
  LocatedObject,
  objectsNamed,
  RepoIndex,
} from './repoIndex';
import { ChartRef, ChartSourceKind } from './types';

/** The chart of a HelmRelease, and the in-repo chart when there is one. */
export interface ResolvedChart {
  chart?: ChartRef;
  local?: LocalChart;
  /** The source object was not found in the repository. */
  unresolved?: string;
}

/** A Flux source object by kind, name and namespace; the closest one to `nearFile` when the namespace is implied. */
export function findSource(
  index: RepoIndex,
  kind: string,
  name: string,
  namespace: string | undefined,
  nearFile: string,
): LocatedObject | undefined {
  const candidates = objectsNamed(index, kind, name).filter(o =>
    isKind(o.object, kind, FLUX_SOURCE_GROUP),
  );
  if (candidates.length <= 1) return candidates[0];
  const exact = candidates.filter(
    o => o.object.metadata.namespace === namespace,
  );
  if (exact.length === 1) return exact[0];
  const pool = exact.length
    ? exact
    : candidates.filter(o => o.object.metadata.namespace === undefined);
  const near = (o: LocatedObject) => {
    const a = dirOf(o.file).split('/');
    const b = dirOf(nearFile).split('/');
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  return [...(pool.length ? pool : candidates)].sort(
    (x, y) => near(y) - near(x),
  )[0];
}

/** The in-repo chart named `name`, when exactly one chart folder has that name. */
export function localChartNamed(
  index: RepoIndex,
  name: string,
): LocalChart | undefined {
  const found = index.charts.filter(c => c.name === name);
  return found.length === 1 ? found[0] : undefined;
}

function sourceRef(
  release: K8sObject,
  kind: string | undefined,
  name: string | undefined,
  namespace: string | undefined,
  file: string,
  index: RepoIndex,
) {
  if (!kind || !name) return undefined;
  return findSource(
    index,
    kind,
    name,
    namespace ?? release.metadata.namespace,
    file,
  );
}

/** Resolves `spec.chart.spec` / `spec.chartRef` of a HelmRelease against the repository's sources. */
export function resolveHelmReleaseChart(
  index: RepoIndex,
  release: K8sObject,
  namespace: string | undefined,
  file: string,
): ResolvedChart {
  const chartRef = rec(release, 'spec', 'chartRef');
  if (str(chartRef, 'kind')) {
    const kind = str(chartRef, 'kind')!;
    const name = str(chartRef, 'name');
    const source = sourceRef(
      release,
      kind,
      name,
      str(chartRef, 'namespace') ?? namespace,
      file,
      index,
    );
    if (!source) return { unresolved: `${kind} '${name ?? ''}'` };
    const url = str(source.object, 'spec', 'url');
    const version =
      str(source.object, 'spec', 'ref', 'tag') ??
      str(source.object, 'spec', 'ref', 'semver') ??
      str(source.object, 'spec', 'ref', 'digest');
    const chartName = url ? baseName(url.replace(/\/+$/, '')) : name!;
    return {
      chart: {
        name: chartName,
        ...(version ? { version } : {}),
        sourceKind: kind as ChartSourceKind,
        ...(url ? { sourceUrl: url } : {}),
      },
      local: localChartNamed(index, chartName),
    };
  }
  const spec = rec(release, 'spec', 'chart', 'spec');
  const chart = str(spec, 'chart');
  if (!chart) return {};
  const kind = str(spec, 'sourceRef', 'kind') ?? 'HelmRepository';
  const name = str(spec, 'sourceRef', 'name');
  const source = sourceRef(
    release,
    kind,
    name,
    str(spec, 'sourceRef', 'namespace') ?? namespace,
    file,
    index,
  );
  const url = source ? str(source.object, 'spec', 'url') : undefined;
  const sourceKind = (
    ['HelmRepository', 'GitRepository', 'Bucket'].includes(kind)
      ? kind
      : 'Unknown'
  ) as ChartSourceKind;
  if (kind === 'GitRepository') {
    const ref = rec(source?.object, 'spec', 'ref');
    const version =
      str(ref, 'tag') ??
      str(ref, 'semver') ??
      str(ref, 'branch') ??
      str(ref, 'commit');
    const path = normalizePath(chart) ?? chart;
    const local = index.charts.find(c => c.dir === path);
    const chartVersion = version ?? local?.version;
    return {
      chart: {
        name: local?.name ?? baseName(path),
        ...(chartVersion ? { version: chartVersion } : {}),
        sourceKind,
        ...(url ? { sourceUrl: url } : {}),
        ...(local ? { localPath: local.dir } : {}),
      },
      local,
      unresolved: source || local ? undefined : `${kind} '${name ?? ''}'`,
    };
  }
  const version = str(spec, 'version');
  const local = localChartNamed(index, chart);
  return {
    chart: {
      name: chart,
      ...(version ? { version } : {}),
      sourceKind,
      ...(url ? { sourceUrl: url } : {}),
      ...(local ? { localPath: local.dir } : {}),
    },
    local,
    unresolved: source ? undefined : `${kind} '${name ?? ''}'`,
  };
}
