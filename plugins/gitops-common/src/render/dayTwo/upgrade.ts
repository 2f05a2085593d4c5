import { InputError } from '@backstage/errors';
import { ServiceModel, ServiceWorkload } from '../../read/types';
import { FileTree } from '../../tree/FileTree';
import { spliceReplace, spliceSet, SpliceError } from '../../yaml/splice';
import { ChangeSet } from '../../changeset/types';
import { ChangeSetBuilder } from '../ChangeSetBuilder';
import { findService, readServices } from './findService';
import { UpgradeRequest } from './upgradeRequest';
import { ImageSite, podSpecImages, podSpecPath, valueAt, valuesImages, workloadDocument } from './workloadPaths';

/**
 * One value an upgrade changes.
 *
 * @public
 */
export interface UpgradeEdit {
  file: string;
  /** What changes, in words: `image ghcr.io/org/app`, `chart podinfo`, `replicas`, `resources.limits.memory`. */
  what: string;
  /** The value before (absent when the upgrade sets it for the first time). */
  from?: string;
  to: string;
}

/** @public */
export interface UpgradeResult {
  changeSet: ChangeSet;
  edits: UpgradeEdit[];
}

const RESOURCE_KEYS = [
  ['requests', 'cpu'],
  ['requests', 'memory'],
  ['limits', 'cpu'],
  ['limits', 'memory'],
] as const;

/** The workload an upgrade changes: the one named, else the only one (with the image asked for). */
function pickWorkload(service: ServiceModel, request: UpgradeRequest): ServiceWorkload {
  const { workloads } = service;
  if (request.workload) {
    const named = workloads.find(w => w.name === request.workload);
    if (!named) {
      throw new InputError(
        `${service.id} has no workload '${request.workload}'; its workloads are ${workloads.map(w => w.name).join(', ')}`,
      );
    }
    return named;
  }
  const candidates = request.image?.repository
    ? workloads.filter(w => w.images.some(i => i.repository === request.image!.repository))
    : workloads;
  if (candidates.length === 1) return candidates[0];
  if (!candidates.length) {
    throw new InputError(
      request.image?.repository
        ? `${service.id} runs no image ${request.image.repository}; it runs ${service.workloads.flatMap(w => w.images.map(i => i.repository)).join(', ') || 'none'}`
        : `${service.id} has no workload Homeport can upgrade`,
    );
  }
  throw new InputError(
    `${service.id} has ${candidates.length} workloads (${candidates.map(w => `${w.kind} ${w.name}`).join(', ')}): say which one to upgrade`,
  );
}

function pickImage(service: ServiceModel, workload: ServiceWorkload, sites: ImageSite[], repository?: string): ImageSite {
  const matching = repository ? sites.filter(s => s.repository === repository) : sites;
  const distinct = [...new Set(matching.map(s => s.repository))];
  if (!matching.length) {
    throw new InputError(
      repository
        ? `${workload.file}: ${workload.kind} ${workload.name} of ${service.id} sets no image ${repository} (it sets ${[...new Set(sites.map(s => s.repository))].join(', ') || 'none'})`
        : `${workload.file}: Homeport finds no image tag of ${workload.kind} ${workload.name} to change; change it by hand`,
    );
  }
  if (distinct.length > 1) {
    throw new InputError(`${workload.kind} ${workload.name} of ${service.id} runs ${distinct.join(', ')}: say which image to upgrade`);
  }
  if (matching.length > 1) {
    throw new InputError(
      `${workload.file}: image ${distinct[0]} is set in ${matching.length} places (${matching.map(s => s.path.join('.')).join(', ')}); change it by hand`,
    );
  }
  if (matching[0].digest) {
    throw new InputError(`${workload.file}: image ${matching[0].repository} is pinned by digest; change it by hand`);
  }
  return matching[0];
}

function spliceOrRefuse(file: string, edit: () => string): string {
  try {
    return edit();
  } catch (error) {
    if (error instanceof SpliceError) throw new InputError(`${file}: ${error.message}; change it by hand`);
    throw error;
  }
}

/**
 * Renders an upgrade of an existing service: its image tag, its chart version, its
 * replicas or its resources, edited in place in the files that set them, so that every
 * other line (the update bot's `# renovate:` comment, the order, the quotes) stays byte
 * for byte. An unknown service is a `NotFoundError`; a value the files do not set where
 * Homeport can edit it, a value that is already so, or several candidates without a
 * choice are an `InputError` that says what to give.
 *
 * @public
 */
export function renderUpgrade(profile: string, tree: FileTree, request: UpgradeRequest): UpgradeResult {
  const service = findService(readServices(tree, profile), request.app);
  const workload = pickWorkload(service, request);
  const file = workload.file;
  const text = tree.read(file);
  const found = text === undefined ? undefined : workloadDocument(text, workload);
  if (!found) throw new InputError(`${file}: ${workload.kind} ${workload.name} of ${service.id} cannot be found for an edit`);
  const { document, object } = found;
  const builder = new ChangeSetBuilder(tree);
  const edits: UpgradeEdit[] = [];
  const splice = (edit: (current: string) => string) => builder.edit(file, current => spliceOrRefuse(file, () => edit(current)));
  const podBase = podSpecPath(workload.kind);
  const valuesBase = workload.kind === 'HelmRelease' ? ['spec', 'values'] : undefined;

  if (request.image) {
    let sites: ImageSite[] = [];
    if (podBase) sites = podSpecImages(object, podBase);
    else if (valuesBase) sites = valuesImages(object, valuesBase);
    const site = pickImage(service, workload, sites, request.image.repository);
    if (site.tag === request.image.tag) {
      throw new InputError(`${service.id} already runs ${site.repository}:${site.tag}`);
    }
    const value = site.whole ? `${site.repository}:${request.image.tag}` : request.image.tag;
    splice(current => spliceReplace(current, site.path, value, document));
    edits.push({ file, what: `image ${site.repository}`, from: site.tag, to: request.image.tag });
  }

  if (request.chartVersion) {
    let path: string[] | undefined;
    if (workload.kind === 'HelmRelease') path = ['spec', 'chart', 'spec', 'version'];
    else if (workload.kind === 'Application' && typeof valueAt(object, ['spec', 'source', 'chart']) === 'string') {
      path = ['spec', 'source', 'targetRevision'];
    }
    const current = path ? valueAt(object, path) : undefined;
    if (!path || current === undefined) {
      throw new InputError(`${workload.kind} ${workload.name} of ${service.id} installs no chart with a version Homeport can change`);
    }
    if (String(current) === request.chartVersion) {
      throw new InputError(`${service.id} already installs chart ${workload.chart?.name ?? workload.name} ${current}`);
    }
    splice(text2 => spliceReplace(text2, path, request.chartVersion!, document));
    edits.push({ file, what: `chart ${workload.chart?.name ?? workload.name}`, from: String(current), to: request.chartVersion });
  }

  if (request.replicas !== undefined) {
    let candidates: string[][] = [];
    if (podBase) candidates = [['spec', 'replicas']];
    else if (valuesBase) candidates = [[...valuesBase, 'replicaCount'], [...valuesBase, 'replicas']];
    const path = candidates.find(p => valueAt(object, p) !== undefined) ?? (podBase ? candidates[0] : undefined);
    if (!path) {
      throw new InputError(
        `${file}: the values of ${workload.kind} ${workload.name} set no replicaCount or replicas, and its chart's key for them is unknown; change it by hand`,
      );
    }
    const current = valueAt(object, path);
    if (current === request.replicas) throw new InputError(`${service.id} already runs ${request.replicas} replicas`);
    splice(t => (current === undefined ? spliceSet(t, path, request.replicas, document) : spliceReplace(t, path, request.replicas!, document)));
    edits.push({ file, what: 'replicas', from: current === undefined ? undefined : String(current), to: String(request.replicas) });
  }

  const resources = RESOURCE_KEYS.filter(([list, key]) => request.resources?.[list]?.[key] !== undefined);
  if (resources.length) {
    let base: (string | number)[];
    if (podBase) {
      const containers = valueAt(object, [...podBase, 'containers']);
      if (!Array.isArray(containers) || !containers.length) throw new InputError(`${file}: ${workload.name} has no containers`);
      const index = request.image?.repository
        ? Math.max(0, containers.findIndex(c => typeof c?.image === 'string' && c.image.startsWith(`${request.image!.repository}:`)))
        : 0;
      base = [...podBase, 'containers', index, 'resources'];
    } else if (valuesBase) {
      base = [...valuesBase, 'resources'];
    } else {
      throw new InputError(`${workload.kind} ${workload.name} of ${service.id} has no resources Homeport can change`);
    }
    for (const [list, key] of resources) {
      const to = request.resources![list]![key]!;
      const path = [...base, list, key];
      const current = valueAt(object, path);
      if (current !== undefined && String(current) === to) continue;
      splice(t => (current === undefined ? spliceSet(t, path, to, document) : spliceReplace(t, path, to, document)));
      edits.push({ file, what: `resources.${list}.${key}`, from: current === undefined ? undefined : String(current), to });
    }
  }
  if (!edits.length) throw new InputError(`${service.id} already has these resources`);
  return { changeSet: builder.build(profile), edits };
}

/**
 * An upgrade's edits in words, for the pull request's title and body:
 * `image ghcr.io/org/app 1.2.3 → 1.2.4 (apps/app/release.yaml)`.
 *
 * @public
 */
export function formatUpgradeEdits(edits: UpgradeEdit[]): string {
  return edits
    .map(e => `- ${e.what}: ${e.from === undefined ? `set to ${e.to}` : `${e.from} → ${e.to}`} (\`${e.file}\`)`)
    .join('\n')
    .concat('\n');
}
