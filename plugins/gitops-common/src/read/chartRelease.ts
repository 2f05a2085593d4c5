import { withDependencies } from './chartDependencies';
import { resolveHelmReleaseChart } from './chartSources';
import { draGpus, hostDeviceGpus, inlineClaimTemplates } from './gpu';
import {
  appTemplateControllers,
  mergeValues,
  ReleaseScope,
  valuesGpu,
  valuesHostDevices,
  valuesImages,
  valuesPrivileged,
} from './helmValues';
import { Instance } from './instances';
import { chartTemplates, ChartTemplates, renderName } from './localCharts';
import { rec, str } from './objects';
import { LocalChart, RepoIndex } from './repoIndex';
import {
  ChartRef,
  ReadWarning,
  RenderedController,
  ServiceWorkload,
} from './types';
import { UnitHelmSource } from './unitDraft';
import { isRecord } from './yamlFile';

/** A Helm release (Flux HelmRelease or Argo CD Application chart) with its merged values. */
export interface ChartRelease {
  workload: ServiceWorkload;
  values: Record<string, unknown>;
  release: ReleaseScope;
  templates?: ChartTemplates;
  /** Values files it reads (Argo CD `valueFiles`). */
  valueFiles: string[];
}

function replicasOf(
  values: Record<string, unknown>,
  controllers: Array<{ replicas?: number }>,
): number | undefined {
  for (const key of ['replicas', 'replicaCount']) {
    if (typeof values[key] === 'number') return values[key] as number;
  }
  return controllers.length === 1 ? controllers[0].replicas : undefined;
}

function describe(
  index: RepoIndex,
  base: Omit<ServiceWorkload, 'images'>,
  values: Record<string, unknown>,
  release: ReleaseScope,
  local: LocalChart | undefined,
): Pick<ChartRelease, 'workload' | 'templates'> {
  const templates = local ? chartTemplates(index, local) : undefined;
  const controllers: Array<RenderedController & { replicas?: number }> =
    appTemplateControllers(values, release);
  for (const { kind, nameTemplate } of templates?.controllers ?? []) {
    const name = renderName(nameTemplate, release.name, templates!.defines);
    if (name) controllers.push({ kind, name });
  }
  const gpuValues = valuesGpu(values);
  const hostDevices = valuesHostDevices(values);
  const gpu = [
    ...gpuValues.requests,
    ...draGpus(index, gpuValues.claimTemplates, inlineClaimTemplates(values)),
    ...hostDeviceGpus(hostDevices),
  ];
  const replicas = replicasOf(values, controllers);
  const workload: ServiceWorkload = {
    ...base,
    images: valuesImages(values),
    ...(controllers.length
      ? { controllers: controllers.map(({ kind, name }) => ({ kind, name })) }
      : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(valuesPrivileged(values) ? { privileged: true } : {}),
    ...(gpu.length ? { gpu } : {}),
    ...(hostDevices.length ? { hostDevices } : {}),
  };
  return { workload, templates };
}

/** Reads a Flux HelmRelease: chart source, in-repo chart defaults, values. */
export function helmReleaseRelease(
  index: RepoIndex,
  instance: Instance,
  warnings: ReadWarning[],
): ChartRelease {
  const { object } = instance;
  const name = object.metadata.name ?? '';
  const releaseName = str(object, 'spec', 'releaseName') ?? name;
  const resolved = resolveHelmReleaseChart(
    index,
    object,
    instance.namespace,
    instance.file,
  );
  if (resolved.unresolved) {
    warnings.push({
      file: instance.file,
      message: `HelmRelease '${name}': chart source ${resolved.unresolved} is not in the repository`,
    });
  }
  const releaseNamespace = instance.releaseNamespace ?? instance.namespace;
  const values = mergeValues(
    resolved.local?.values ?? {},
    rec(object, 'spec', 'values'),
  ) as Record<string, unknown>;
  const release = { name: releaseName, namespace: releaseNamespace };
  const described = describe(
    index,
    {
      kind: 'HelmRelease',
      name,
      ...(instance.namespace ? { namespace: instance.namespace } : {}),
      ...(releaseNamespace ? { releaseNamespace } : {}),
      ...(resolved.chart
        ? { chart: withDependencies(index, resolved.chart, resolved.local) }
        : {}),
      file: instance.file,
      line: instance.line,
    },
    values,
    release,
    resolved.local,
  );
  return { ...described, values, release, valueFiles: [] };
}

function argoChartRef(
  source: UnitHelmSource['source'],
  local: LocalChart | undefined,
): ChartRef {
  const url = source.repoURL;
  let sourceKind: ChartRef['sourceKind'] = 'ArgoHelm';
  if (source.localPath !== undefined) sourceKind = 'ArgoGit';
  else if (url && (url.startsWith('oci://') || !/^[a-z]+:\/\//.test(url)))
    sourceKind = 'ArgoOCI';
  return {
    name: source.chart,
    ...(source.targetRevision ? { version: source.targetRevision } : {}),
    sourceKind,
    ...(url ? { sourceUrl: url } : {}),
    ...(local ? { localPath: local.dir } : {}),
  };
}

/** Reads a chart an Argo CD Application installs, with its values files from the repository. */
export function argoChartRelease(
  index: RepoIndex,
  { entry, source }: UnitHelmSource,
): ChartRelease {
  const local =
    source.localPath !== undefined
      ? index.charts.find(c => c.dir === source.localPath)
      : undefined;
  let values: unknown = local?.values ?? {};
  for (const file of source.valueFiles) {
    const parsed = index.files.get(file)?.docs[0]?.value;
    if (isRecord(parsed)) values = mergeValues(values, parsed);
  }
  if (source.values) values = mergeValues(values, source.values);
  const release = {
    name: source.releaseName ?? entry.name,
    namespace: entry.defaultNamespace,
  };
  const described = describe(
    index,
    {
      kind: source.inflator ? 'HelmChart' : 'Application',
      name: entry.name,
      ...(entry.namespace ? { namespace: entry.namespace } : {}),
      ...(entry.defaultNamespace
        ? { releaseNamespace: entry.defaultNamespace }
        : {}),
      chart: withDependencies(index, argoChartRef(source, local), local),
      file: entry.file,
      line: entry.line,
    },
    values as Record<string, unknown>,
    release,
    local,
  );
  return {
    ...described,
    values: values as Record<string, unknown>,
    release,
    valueFiles: source.valueFiles,
  };
}
