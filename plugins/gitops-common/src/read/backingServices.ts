import { ChartRelease } from './chartRelease';
import { enabledSubcharts } from './helmValues';
import { Instance } from './instances';
import { isKind, isPodController, podSpecOf, rec, str } from './objects';
import { readPodSpec } from './podSpec';
import { ServiceCache, ServiceCacheKind, ServiceDatabase } from './types';

const POSTGRES_CHART = /^postgres(ql)?(-ha)?$/;
const CACHE_CHART: Record<string, ServiceCacheKind> = {
  redis: 'redis',
  'redis-cluster': 'redis',
  valkey: 'valkey',
  'valkey-cluster': 'valkey',
  dragonfly: 'dragonfly',
};

/** A CloudNativePG Cluster. */
export function cnpgDatabase(instance: Instance): ServiceDatabase | undefined {
  const { object } = instance;
  if (!isKind(object, 'Cluster', 'postgresql.cnpg.io')) return undefined;
  const storage = rec(object, 'spec', 'storage');
  const instances = (object.spec as { instances?: unknown } | undefined)
    ?.instances;
  const size =
    str(storage, 'size') ??
    str(storage, 'pvcTemplate', 'resources', 'requests', 'storage');
  const storageClass =
    str(storage, 'storageClass') ??
    str(storage, 'pvcTemplate', 'storageClassName');
  const image = str(object, 'spec', 'imageName');
  return {
    kind: 'cnpg-cluster',
    name: object.metadata.name ?? '',
    ...(instance.namespace ? { namespace: instance.namespace } : {}),
    ...(typeof instances === 'number' ? { instances } : {}),
    ...(storageClass ? { storageClass } : {}),
    ...(size ? { size } : {}),
    ...(image ? { image } : {}),
    file: instance.file,
  };
}

/** A Postgres chart release, or Postgres sub-charts its values switch on. */
export function chartDatabases(release: ChartRelease): ServiceDatabase[] {
  const out: ServiceDatabase[] = [];
  const { workload } = release;
  const namespace = workload.releaseNamespace ?? workload.namespace;
  if (workload.chart && POSTGRES_CHART.test(workload.chart.name)) {
    out.push({
      kind: 'postgres-chart',
      name: release.release.name,
      ...(namespace ? { namespace } : {}),
      file: workload.file,
    });
  }
  for (const sub of enabledSubcharts(release.values)) {
    if (POSTGRES_CHART.test(sub)) {
      out.push({
        kind: 'postgres-chart',
        name: `${release.release.name}-${sub}`,
        ...(namespace ? { namespace } : {}),
        bundled: true,
        file: workload.file,
      });
    }
  }
  return out;
}

/** A cache chart release (redis, valkey, dragonfly), or cache sub-charts its values switch on. */
export function chartCaches(release: ChartRelease): ServiceCache[] {
  const out: ServiceCache[] = [];
  const { workload } = release;
  const namespace = workload.releaseNamespace ?? workload.namespace;
  const chartKind = workload.chart
    ? CACHE_CHART[workload.chart.name]
    : undefined;
  if (chartKind)
    out.push({
      kind: chartKind,
      name: release.release.name,
      ...(namespace ? { namespace } : {}),
      file: workload.file,
    });
  for (const sub of enabledSubcharts(release.values)) {
    const kind = CACHE_CHART[sub];
    if (kind)
      out.push({
        kind,
        name: `${release.release.name}-${sub}`,
        ...(namespace ? { namespace } : {}),
        bundled: true,
        file: workload.file,
      });
  }
  return out;
}

/** A Dragonfly object, or a pod controller running a redis / valkey / dragonfly image. */
export function objectCache(instance: Instance): ServiceCache | undefined {
  const { object } = instance;
  const namespace = instance.namespace ? { namespace: instance.namespace } : {};
  if (isKind(object, 'Dragonfly', 'dragonflydb.io')) {
    return {
      kind: 'dragonfly',
      name: object.metadata.name ?? '',
      ...namespace,
      file: instance.file,
    };
  }
  if (!isPodController(object)) return undefined;
  for (const image of readPodSpec(podSpecOf(object)).images) {
    const base = image.repository.split('/').pop() ?? '';
    const kind = CACHE_CHART[base];
    if (kind)
      return {
        kind,
        name: object.metadata.name ?? '',
        ...namespace,
        file: instance.file,
      };
  }
  return undefined;
}
