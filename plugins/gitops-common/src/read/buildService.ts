import {
  chartCaches,
  chartDatabases,
  cnpgDatabase,
  objectCache,
} from './backingServices';
import {
  argoChartRelease,
  ChartRelease,
  helmReleaseRelease,
} from './chartRelease';
import { objectHosts, releaseHosts } from './hosts';
import { inAppDatabase } from './inAppDatabases';
import {
  catalogInfoOf,
  ownerHints,
  serviceDocs,
  serviceLabels,
} from './metadata';
import { isHelmRelease, isPodController } from './objects';
import { collectStrings } from './podSpec';
import { RepoIndex } from './repoIndex';
import { objectSecret, sopsFileSecrets } from './secrets';
import { mayNameService } from './sharedReferences';
import { ServiceGroup } from './serviceGroup';
import { ReadWarning, ServiceModel, ServiceWorkload } from './types';
import { objectVolumes, releaseVolumes } from './volumes';
import { podControllerWorkload } from './workloads';

/** A service read from its group, with the strings of its objects that may name another service (see mayNameService). */
export interface BuiltService {
  model: ServiceModel;
  strings: string[];
  group: ServiceGroup;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter(item => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values)
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Reads one group's objects into a {@link ServiceModel}. `folderFiles` are the files of its folder. */
export function buildService(
  index: RepoIndex,
  group: ServiceGroup,
  folderFiles: string[],
  warnings: ReadWarning[],
): BuiltService {
  const instances = [...group.instances].sort(
    (a, b) => a.file.localeCompare(b.file) || a.docIndex - b.docIndex,
  );
  const releases: ChartRelease[] = [];
  const workloads: ServiceWorkload[] = [];
  for (const instance of instances) {
    if (isPodController(instance.object))
      workloads.push(podControllerWorkload(index, instance));
    else if (isHelmRelease(instance.object)) {
      const release = helmReleaseRelease(index, instance, warnings);
      releases.push(release);
      workloads.push(release.workload);
    }
  }
  for (const source of group.helmSources) {
    const release = argoChartRelease(index, source);
    releases.push(release);
    workloads.push(release.workload);
  }

  const files = new Set<string>(instances.map(i => i.file));
  if (group.main) {
    for (const unit of [group.unit, ...(group.companions ?? [])])
      for (const file of unit.files) files.add(file);
    for (const file of folderFiles) files.add(file);
  } else {
    for (const file of group.unit.files)
      if (/(^|\/)kustomization\.ya?ml$/.test(file)) files.add(file);
  }
  for (const release of releases)
    for (const file of release.valueFiles) files.add(file);
  for (const source of group.helmSources) files.add(source.entry.file);

  const secrets = instances
    .map(objectSecret)
    .filter(<T>(s: T | undefined): s is T => !!s);
  const secretFiles = new Set(secrets.map(s => s.file));
  secrets.push(...sopsFileSecrets(index, files, secretFiles));

  const folder = group.unit.folder;
  const catalogInfo = group.main ? catalogInfoOf(index, folder) : undefined;
  const docs = group.main ? serviceDocs(index, folder) : undefined;
  const volumes = uniqueBy(
    [...instances.flatMap(objectVolumes), ...releases.flatMap(releaseVolumes)],
    v => `${v.namespace ?? ''}/${v.claim}`,
  );
  const namespace =
    workloads.map(w => w.releaseNamespace ?? w.namespace).find(Boolean) ??
    mostCommon(instances.map(i => i.namespace));
  const entry = group.unit.entries[0] ?? group.unit.ctx.entry;
  const title = catalogInfo?.entity.metadata as { title?: unknown } | undefined;

  const model: ServiceModel = {
    id: group.id,
    ...(typeof title?.title === 'string' ? { title: title.title } : {}),
    ...(namespace ? { namespace } : {}),
    ...(entry.cluster ? { cluster: entry.cluster } : {}),
    engine: entry.engine,
    folder,
    files: [...files].sort(),
    workloads,
    hosts: uniqueBy(
      [...instances.flatMap(objectHosts), ...releases.flatMap(releaseHosts)],
      h => `${h.host}#${h.file}`,
    ),
    databases: [
      ...instances
        .map(i => cnpgDatabase(i) ?? inAppDatabase(i))
        .filter(<T>(d: T | undefined): d is T => !!d),
      ...releases.flatMap(chartDatabases),
    ],
    caches: [
      ...instances
        .map(objectCache)
        .filter(<T>(c: T | undefined): c is T => !!c),
      ...releases.flatMap(chartCaches),
    ],
    secrets,
    volumes,
    labels: serviceLabels(instances, releases),
    owners: ownerHints(instances, catalogInfo),
    ...(docs ? { docs } : {}),
    ...(catalogInfo ? { catalogInfo } : {}),
  };
  const strings: string[] = [];
  for (const i of instances) collectStrings(i.object, strings, mayNameService);
  for (const r of releases) collectStrings(r.values, strings, mayNameService);
  return { model, strings, group };
}

/** Whether a service has anything to show: objects that run, expose, store or configure it. */
export function hasSubstance(model: ServiceModel): boolean {
  return (
    model.workloads.length > 0 ||
    model.hosts.length > 0 ||
    model.databases.length > 0 ||
    model.caches.length > 0 ||
    model.secrets.length > 0 ||
    model.volumes.length > 0 ||
    model.catalogInfo !== undefined
  );
}
