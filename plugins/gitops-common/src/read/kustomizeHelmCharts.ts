import { ArgoHelmSource, Entry } from './entries';
import { mergeValues } from './helmValues';
import { arr, asK8sObject, K8sObject, rec, str } from './objects';
import { joinPath } from './repoPaths';
import { RepoIndex } from './repoIndex';
import { UnitHelmSource } from './unitDraft';
import { isRecord } from './yamlFile';

/**
 * Charts a `kustomization.yaml` inflates with `helmCharts:` (kustomize's Helm
 * generator, `kustomize build --enable-helm`): the chart reference, its values file and
 * inline values, and the chart's own folder when it sits under `helmGlobals.chartHome`
 * (default `charts/`) in the repository.
 */
export function kustomizeHelmSources(
  index: RepoIndex,
  kustomizationFile: string,
  dir: string,
  namespace: string | undefined,
  entry: Entry,
): UnitHelmSource[] {
  const value = index.files.get(kustomizationFile)?.docs[0]?.value;
  const chartHome = str(value, 'helmGlobals', 'chartHome') ?? 'charts';
  const out: UnitHelmSource[] = [];
  for (const chart of arr(value, 'helmCharts')) {
    const name = str(chart, 'name');
    if (!name) continue;
    const home = joinPath(dir, chartHome);
    const localDir = home !== undefined ? joinPath(home, name) : undefined;
    const local = index.charts.find(c => c.dir === localDir);
    const valuesFile = str(chart, 'valuesFile');
    const valuesPath =
      valuesFile !== undefined ? joinPath(dir, valuesFile) : undefined;
    const inline = rec(chart, 'valuesInline');
    const releaseName = str(chart, 'releaseName') ?? name;
    const source: ArgoHelmSource = {
      chart: name,
      repoURL: str(chart, 'repo'),
      targetRevision: str(chart, 'version') ?? local?.version,
      releaseName,
      valueFiles: valuesPath !== undefined ? [valuesPath] : [],
      ...(isRecord(chart) && isRecord(chart.valuesInline)
        ? { values: inline }
        : {}),
      ...(local ? { localPath: local.dir } : {}),
      inflator: 'kustomize',
    };
    out.push({
      entry: {
        ...entry,
        name: releaseName,
        defaultNamespace:
          str(chart, 'namespace') ?? namespace ?? entry.defaultNamespace,
      },
      source,
    });
  }
  return out;
}

/** Files a kustomization patches with (`patches[].path`, `patchesStrategicMerge`): they change objects, they are no objects of their own. */
export function kustomizePatchFiles(
  index: RepoIndex,
  kustomizationFile: string,
  dir: string,
): string[] {
  const value = index.files.get(kustomizationFile)?.docs[0]?.value;
  const written = [
    ...arr(value, 'patches').map(p => str(p, 'path')),
    ...arr(value, 'patchesStrategicMerge').filter(
      (p): p is string => typeof p === 'string' && !p.includes('\n'),
    ),
    ...arr(value, 'patchesJson6902').map(p => str(p, 'path')),
  ];
  return written
    .filter((p): p is string => typeof p === 'string')
    .map(p => joinPath(dir, p))
    .filter((p): p is string => p !== undefined && index.files.has(p));
}

/**
 * The patch files that are whole objects (`kind` + `metadata.name`, a strategic-merge
 * patch): an overlay's HelmRelease patch changing the chart version and values.
 */
export function kustomizePatchObjects(
  index: RepoIndex,
  kustomizationFile: string,
  dir: string,
): K8sObject[] {
  return kustomizePatchFiles(index, kustomizationFile, dir).flatMap(file =>
    (index.files.get(file)?.docs ?? [])
      .map(doc => asK8sObject(doc.value))
      .filter((o): o is K8sObject => !!o && !!o.metadata.name),
  );
}

/** An object with the strategic-merge patches of the same kind and name applied (maps merge, lists are replaced). */
export function applyPatches(
  object: K8sObject,
  patches: K8sObject[] | undefined,
): K8sObject {
  let out = object;
  for (const patch of patches ?? []) {
    if (patch.kind !== out.kind || patch.metadata.name !== out.metadata.name)
      continue;
    if (
      patch.metadata.namespace &&
      out.metadata.namespace &&
      patch.metadata.namespace !== out.metadata.namespace
    )
      continue;
    out = asK8sObject(mergeValues(out, patch)) ?? out;
  }
  return out;
}
