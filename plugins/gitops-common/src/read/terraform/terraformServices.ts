import { dirOf } from '../../tree/paths';
import { parseImage } from '../images';
import { joinPath } from '../repoPaths';
import {
  ReadWarning,
  ServiceModel,
  ServiceWorkload,
  ServiceWorkloadKind,
} from '../types';
import { block, blocks, Body, labelled, named, text } from './hclBlocks';
import { ModuleCall } from './moduleCall';
import { TerraformFiles } from './parseTerraform';
import { terragruntCall } from './terragrunt';

/**
 * Services of Terraform / OpenTofu code that manages Kubernetes: each local module a
 * root configuration calls (`module "photoprism" { source = "./modules/photoprism" }`)
 * is one service, with the `kubernetes_*` workloads and `helm_release`s of that
 * module (and of the modules it calls); a root's own workloads and releases are one
 * service each. Roots are the folders no local module call points at. A Terragrunt unit
 * (`terragrunt.hcl`) is a root calling the module of its `terraform { source }` with its
 * `inputs` (see terragrunt.ts): one service in the unit's folder.
 */

const WORKLOAD_KINDS: Record<string, ServiceWorkloadKind> = {
  kubernetes_deployment: 'Deployment',
  kubernetes_deployment_v1: 'Deployment',
  kubernetes_stateful_set: 'StatefulSet',
  kubernetes_stateful_set_v1: 'StatefulSet',
  kubernetes_daemonset: 'DaemonSet',
  kubernetes_daemon_set_v1: 'DaemonSet',
  kubernetes_cron_job: 'CronJob',
  kubernetes_cron_job_v1: 'CronJob',
  kubernetes_job: 'Job',
  kubernetes_job_v1: 'Job',
};

interface Folder {
  dir: string;
  files: string[];
  json: Body[];
}

function foldersOf(tf: TerraformFiles): Map<string, Folder> {
  const folders = new Map<string, Folder>();
  for (const [file, json] of tf.files) {
    const dir = dirOf(file);
    const folder = folders.get(dir) ?? { dir, files: [], json: [] };
    folder.files.push(file);
    folder.json.push(json);
    folders.set(dir, folder);
  }
  return folders;
}

/** Local module calls of a folder, and the module its Terragrunt unit runs: name, folder, literal inputs. */
function moduleCalls(folder: Folder): ModuleCall[] {
  const calls: ModuleCall[] = folder.json.flatMap(json =>
    named(json, 'module').map(([name, body]) => {
      const source = typeof body.source === 'string' ? body.source : '';
      const local = source.startsWith('./') || source.startsWith('../');
      const { source: _s, ...inputs } = body;
      const dir = local ? joinPath(folder.dir, source) : undefined;
      return {
        name,
        label: `module '${name}'`,
        source,
        inputs,
        ...(dir !== undefined ? { dir } : {}),
      };
    }),
  );
  folder.files.forEach((file, i) => {
    const call = terragruntCall(folder.dir, file, folder.json[i]);
    if (call) calls.push(call);
  });
  return calls;
}

function scopeOf(
  folder: Folder,
  inputs: Body,
  outer: Record<string, string>,
): Record<string, string> {
  const scope: Record<string, string> = {};
  for (const json of folder.json) {
    for (const [name, body] of named(json, 'variable')) {
      const value = text(body.default, {});
      if (value !== undefined) scope[`var.${name}`] = value;
    }
  }
  for (const [name, value] of Object.entries(inputs)) {
    const resolved = text(value, outer);
    if (resolved !== undefined && !resolved.includes('${'))
      scope[`var.${name}`] = resolved;
  }
  // `locals { … }` has no label: HCL's JSON form is a list of bodies.
  for (const json of folder.json)
    for (const body of blocks(json, 'locals'))
      for (const [name, value] of Object.entries(body)) {
        const resolved = text(value, scope);
        if (resolved !== undefined) scope[`local.${name}`] = resolved;
      }
  return scope;
}

function workloadOf(
  type: string,
  name: string,
  body: Body,
  scope: Record<string, string>,
  file: string,
): ServiceWorkload | undefined {
  if (type === 'helm_release') {
    const chart = text(body.chart, scope) ?? name;
    const version = text(body.version, scope);
    const repository = text(body.repository, scope);
    const namespace = text(body.namespace, scope) ?? 'default';
    return {
      kind: 'HelmRelease',
      name: text(body.name, scope) ?? name,
      namespace,
      releaseNamespace: namespace,
      images: [],
      chart: {
        name: chart,
        ...(version ? { version } : {}),
        sourceKind: repository?.startsWith('oci://')
          ? 'OCIRepository'
          : 'HelmRepository',
        ...(repository ? { sourceUrl: repository } : {}),
      },
      file,
    };
  }
  const kind = WORKLOAD_KINDS[type];
  if (!kind) return undefined;
  const metadata = block(body, 'metadata');
  let pod = block(block(block(body, 'spec'), 'template'), 'spec');
  if (kind === 'CronJob')
    pod = block(
      block(
        block(
          block(block(block(body, 'spec'), 'job_template'), 'spec'),
          'template',
        ),
        'spec',
      ),
      'spec',
    );
  const images = [...blocks(pod, 'init_container'), ...blocks(pod, 'container')]
    .map(c => text(c.image, scope))
    .filter((i): i is string => !!i)
    .map(parseImage);
  const replicas = block(body, 'spec').replicas;
  return {
    kind,
    name: text(metadata.name, scope) ?? name,
    namespace: text(metadata.namespace, scope) ?? 'default',
    images,
    ...(typeof replicas === 'number' ? { replicas } : {}),
    file,
  };
}

function serviceOf(
  id: string,
  folder: string,
  files: string[],
  workloads: ServiceWorkload[],
): ServiceModel {
  return {
    id,
    namespace: workloads[0]?.releaseNamespace ?? workloads[0]?.namespace,
    engine: 'terraform',
    folder,
    files: [...new Set(files)].sort(),
    workloads,
    hosts: [],
    databases: [],
    caches: [],
    secrets: [],
    volumes: [],
    labels: {},
    owners: [],
  };
}

/** A folder Terraform is run in: it configures providers or the backend, or is a Terragrunt unit. */
function isRootConfiguration(folder: Folder): boolean {
  return (
    folder.files.some(f => f.endsWith('terragrunt.hcl')) ||
    folder.json.some(json => 'provider' in json || 'terraform' in json)
  );
}

/** The services of a repository's Terraform code (see the file comment). */
export function terraformServices(
  tf: TerraformFiles,
  warnings: ReadWarning[],
): ServiceModel[] {
  const folders = foldersOf(tf);
  const called = new Set<string>();
  for (const folder of folders.values())
    for (const call of moduleCalls(folder))
      if (call.dir !== undefined) called.add(call.dir);

  const collect = (
    dir: string,
    inputs: Body,
    outer: Record<string, string>,
    seen: Set<string>,
  ) => {
    const folder = folders.get(dir);
    const out = { workloads: [] as ServiceWorkload[], files: [] as string[] };
    if (!folder || seen.has(dir)) return out;
    seen.add(dir);
    const scope = scopeOf(folder, inputs, outer);
    folder.files.forEach((file, i) => {
      for (const { type, name, body } of labelled(folder.json[i], 'resource')) {
        const workload = workloadOf(type, name, body, scope, file);
        if (workload) out.workloads.push(workload);
      }
    });
    out.files.push(...folder.files);
    for (const call of moduleCalls(folder)) {
      if (call.dir === undefined) continue;
      const inner = collect(call.dir, call.inputs, scope, seen);
      out.workloads.push(...inner.workloads);
      out.files.push(...inner.files);
    }
    return out;
  };

  const uncalled = [...folders.values()].filter(f => !called.has(f.dir));
  const configured = uncalled.filter(isRootConfiguration);
  const roots = configured.length ? configured : uncalled;
  for (const folder of uncalled.filter(f => !roots.includes(f))) {
    warnings.push({
      file: folder.dir,
      message:
        'Terraform module called by no root configuration: not applied, its resources are not read',
    });
  }
  const services: ServiceModel[] = [];
  for (const root of roots) {
    const scope = scopeOf(root, {}, {});
    for (const call of moduleCalls(root)) {
      const file = call.unit?.file ?? root.files[0];
      if (call.dir === undefined) {
        warnings.push({
          file,
          message: `${call.label}: source '${call.source}' is not in the repository, its resources are not read`,
        });
        continue;
      }
      if (!folders.has(call.dir)) {
        warnings.push({
          file,
          message: `${call.label}: folder '${call.dir}' has no Terraform files`,
        });
        continue;
      }
      const found = collect(call.dir, call.inputs, scope, new Set([root.dir]));
      if (found.workloads.length)
        services.push(
          serviceOf(
            call.name,
            call.unit?.dir ?? call.dir,
            call.unit ? [call.unit.file, ...found.files] : found.files,
            found.workloads,
          ),
        );
    }
    root.files.forEach((file, i) => {
      for (const { type, name, body } of labelled(root.json[i], 'resource')) {
        const workload = workloadOf(type, name, body, scope, file);
        if (workload)
          services.push(serviceOf(workload.name, root.dir, [file], [workload]));
      }
    });
  }
  return services;
}
