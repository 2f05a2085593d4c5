import { dirOf } from '../tree/paths';
import { Entry } from './entries';
import { asK8sObject } from './objects';
import { baseName, isUnder } from './repoPaths';
import { RepoIndex } from './repoIndex';

/** An entry of a repository without engine objects: a folder read as `kustomize build` (or a chart) would. */
export function folderEntry(key: string, dir: string, file: string): Entry {
  return {
    key,
    engine: 'kustomize',
    kind: 'root',
    name: baseName(dir) || 'root',
    file,
    line: 1,
    roots: [],
    components: [],
    vars: {},
    recurse: true,
    helmSources: [],
  };
}

/**
 * For a repository without Flux or Argo CD objects, besides its kustomize roots (see
 * kustomizeEntries.ts): what Argo CD would find if pointed at each folder. A folder
 * with a `Chart.yaml` is a Helm chart (one app, its own defaults as values); the
 * topmost folders of plain manifests outside any kustomize root or chart are one app
 * each (read recursively). Folders of other tools (Jsonnet, plugins) are not read: the
 * "not understood" report names them.
 */
export function plainFolderEntries(
  index: RepoIndex,
  kustomizeRoots: string[],
): Entry[] {
  const covered = (path: string) =>
    kustomizeRoots.some(root => isUnder(path, root));
  const charts = index.charts
    .filter(c => !covered(c.dir))
    .filter(
      c =>
        !index.charts.some(
          o => o !== c && o.dir !== c.dir && isUnder(c.dir, o.dir),
        ),
    );
  const inChart = (path: string) => charts.some(c => isUnder(path, c.dir));
  const manifestDirs = new Set<string>();
  for (const [path, parsed] of index.files) {
    if (covered(path) || inChart(path)) continue;
    if (parsed.docs.some(doc => asK8sObject(doc.value)))
      manifestDirs.add(dirOf(path));
  }
  const topmost = [...manifestDirs]
    .filter(dir => ![...manifestDirs].some(o => o !== dir && isUnder(dir, o)))
    .sort();
  const base = (dir: string, file: string) =>
    folderEntry(`plain:${dir}`, dir, file);
  return [
    ...charts.map(chart => ({
      ...base(chart.dir, chart.dir ? `${chart.dir}/Chart.yaml` : 'Chart.yaml'),
      helmSources: [
        {
          chart: chart.name,
          targetRevision: chart.version,
          releaseName: baseName(chart.dir) || chart.name,
          valueFiles: [],
          localPath: chart.dir,
          inflator: 'plain' as const,
        },
      ],
    })),
    ...topmost.map(dir => ({ ...base(dir, dir), roots: [dir] })),
  ];
}
