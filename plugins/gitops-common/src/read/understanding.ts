import { dirOf } from '../tree/paths';
import { argoAppsValuesFiles } from './argoAppsValues';
import { Entry } from './entries';
import {
  arr,
  at,
  isArgoApplication,
  isArgoApplicationSet,
  isFluxKustomization,
  isHelmRelease,
  rec,
  str,
} from './objects';
import { isUnder } from './repoPaths';
import { RepoIndex } from './repoIndex';
import { templatedApplications } from './templatedApplications';
import { labelled, named } from './terraform/hclBlocks';
import { isTerraformPath, TerraformFiles } from './terraform/parseTerraform';
import { terragruntCall } from './terraform/terragrunt';
import {
  EntryPointCount,
  NotUnderstood,
  ServiceModel,
  Understanding,
} from './types';

/**
 * What the read understood of a repository: the entry points it found (with counts),
 * and what it found but could not read (Jsonnet, Config Management Plugins, other
 * tools, Terraform without Kubernetes resources, charts no engine object installs).
 * With no service at all, the entry points it looked for, so a user sees why.
 */

/** Every entry point the reader knows, in the order reports list them. */
export const ENTRY_POINTS = [
  'Flux Kustomization',
  'Flux HelmRelease',
  'Argo CD Application',
  'Argo CD ApplicationSet',
  'argocd-apps chart values',
  'app-of-apps chart',
  'kustomization.yaml',
  'kustomize helmCharts',
  'Helm chart folder',
  'plain manifests',
  'Terraform file',
  'Terraform module call',
  'Terraform helm_release',
  'Terraform kubernetes resource',
] as const;

/** Files of tools the reader does not run, by name or suffix, with the tool. */
const OTHER_TOOLS: Array<[RegExp, string]> = [
  [/\.(jsonnet|libsonnet)$/, 'Jsonnet'],
  [/(^|\/)Kasanefile$/, 'kasane'],
  [/(^|\/)flake\.nix$/, 'Nix'],
  [/(^|\/)helmfile\.ya?ml(\.gotmpl)?$/, 'helmfile'],
  [/\.cue$/, 'CUE'],
  [/(^|\/)kapp\.ya?ml$/, 'kapp'],
  [/\.(ts|py|go)$/, ''],
];

function count(found: Map<string, number>, kind: string, n = 1) {
  if (n > 0) found.set(kind, (found.get(kind) ?? 0) + n);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function terraformCounts(tf: TerraformFiles, found: Map<string, number>) {
  count(found, 'Terraform file', tf.files.size);
  for (const [file, json] of tf.files) {
    count(found, 'Terraform module call', named(json, 'module').length);
    // A Terragrunt unit calls the module of its `terraform { source }`.
    if (terragruntCall(dirOf(file), file, json))
      count(found, 'Terraform module call');
    for (const { type } of labelled(json, 'resource')) {
      if (type === 'helm_release') count(found, 'Terraform helm_release');
      else if (type.startsWith('kubernetes_'))
        count(found, 'Terraform kubernetes resource');
    }
  }
}

function otherTools(index: RepoIndex, notUnderstood: NotUnderstood[]) {
  const byFolder = new Map<string, { tool: string; files: string[] }>();
  for (const path of index.tree.paths()) {
    const match = OTHER_TOOLS.find(([pattern]) => pattern.test(path));
    if (!match || !match[1]) continue;
    const dir = dirOf(path);
    const entry = byFolder.get(`${dir}\u0000${match[1]}`) ?? {
      tool: match[1],
      files: [],
    };
    entry.files.push(path);
    byFolder.set(`${dir}\u0000${match[1]}`, entry);
  }
  for (const [key, { tool, files }] of [...byFolder].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const dir = key.split('\u0000')[0];
    notUnderstood.push({
      path: dir || '.',
      what: tool,
      why: `${tool} is not rendered (${files
        .map(f => f.slice(dir ? dir.length + 1 : 0))
        .join(', ')})`,
    });
  }
}

function plugins(index: RepoIndex, notUnderstood: NotUnderstood[]) {
  for (const { file, object } of [
    ...index.objects,
    ...templatedApplications(index),
  ]) {
    if (!isArgoApplication(object)) continue;
    const spec = rec(object, 'spec');
    const sources = Array.isArray(spec.sources) ? spec.sources : [spec.source];
    for (const source of sources) {
      const plugin = at(source, 'plugin');
      if (plugin === undefined) continue;
      notUnderstood.push({
        path: str(source, 'path') ?? file,
        what: 'Argo CD Config Management Plugin',
        why: `Application '${
          object.metadata.name ?? ''
        }' renders with plugin '${
          str(plugin, 'name') ?? '?'
        }', which is not run: its manifests are read as they are`,
      });
    }
  }
}

/** The report (see the file comment). */
export function understand(
  index: RepoIndex,
  entries: Entry[],
  services: ServiceModel[],
  terraform: TerraformFiles | undefined,
): Understanding {
  const found = new Map<string, number>();
  let kustomizations = 0;
  let helmCharts = 0;
  for (const [path, parsed] of index.files) {
    if (!/(^|\/)kustomization\.ya?ml$/.test(path)) continue;
    kustomizations++;
    helmCharts += arr(parsed.docs[0]?.value, 'helmCharts').length;
  }
  for (const { object } of index.objects) {
    if (isFluxKustomization(object)) count(found, 'Flux Kustomization');
    else if (isHelmRelease(object)) count(found, 'Flux HelmRelease');
    else if (isArgoApplication(object)) count(found, 'Argo CD Application');
    else if (isArgoApplicationSet(object))
      count(found, 'Argo CD ApplicationSet');
  }
  count(found, 'argocd-apps chart values', argoAppsValuesFiles(index).length);
  count(
    found,
    'app-of-apps chart',
    new Set(templatedApplications(index).map(a => a.file)).size,
  );
  count(found, 'kustomization.yaml', kustomizations);
  count(found, 'kustomize helmCharts', helmCharts);
  count(found, 'Helm chart folder', index.charts.length);
  count(
    found,
    'plain manifests',
    entries.filter(e => e.key.startsWith('plain:') && e.roots.length).length,
  );
  if (terraform) terraformCounts(terraform, found);

  const notUnderstood: NotUnderstood[] = [];
  otherTools(index, notUnderstood);
  plugins(index, notUnderstood);
  const tfPaths = index.tree.paths().filter(isTerraformPath);
  if (tfPaths.length && !terraform) {
    notUnderstood.push({
      path: dirOf(tfPaths[0]) || '.',
      what: 'Terraform',
      why: `${plural(
        tfPaths.length,
        'Terraform file',
      )} not parsed (read with readRepositoryWithTerraform)`,
    });
  } else if (
    terraform?.files.size &&
    !found.has('Terraform helm_release') &&
    !found.has('Terraform kubernetes resource')
  ) {
    const dirs = [...new Set([...terraform.files.keys()].map(dirOf))].sort();
    notUnderstood.push({
      path: dirs[0] || '.',
      what: 'Terraform',
      why: `${plural(terraform.files.size, 'Terraform file')} in ${plural(
        dirs.length,
        'folder',
      )}, no kubernetes_* resource and no helm_release: no services`,
    });
  }
  const engines = entries.some(e => e.kind !== 'root');
  const appOfApps = new Set(
    templatedApplications(index).map(a => dirOf(a.file)),
  );
  for (const chart of index.charts.filter(c => !appOfApps.has(c.dir))) {
    const reading = services.find(
      s =>
        isUnder(chart.dir, s.folder) ||
        s.workloads.some(w => w.chart?.localPath === chart.dir),
    );
    if (engines && reading) continue;
    if (
      index.charts.some(
        o => o !== chart && o.dir !== chart.dir && isUnder(chart.dir, o.dir),
      )
    )
      continue;
    notUnderstood.push({
      path: chart.dir || '.',
      what: 'Helm chart',
      why: engines
        ? `chart '${chart.name}' is installed by no Flux or Argo CD object of the repository: not read`
        : `chart '${chart.name}' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown`,
    });
  }
  let status: Understanding['status'] = 'understood';
  if (!services.length) status = 'not-understood';
  else if (notUnderstood.length) status = 'partly';
  return {
    status,
    found: ENTRY_POINTS.filter(kind => found.has(kind)).map(
      (kind): EntryPointCount => ({
        entryPoint: kind,
        count: found.get(kind)!,
      }),
    ),
    ...(status === 'not-understood'
      ? { notFound: ENTRY_POINTS.filter(kind => !found.has(kind)) }
      : {}),
    notUnderstood,
  };
}
