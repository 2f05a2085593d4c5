import { KUBERNETES_ID_LABEL } from '../render/objects';
import { ChartRelease } from './chartRelease';
import { kubernetesIdOf } from './identity';
import { Instance } from './instances';
import { isPodController, rec, stringMap } from './objects';
import { RepoIndex } from './repoIndex';
import { CatalogInfo, OwnerHint, ServiceDocs, ServiceLabels } from './types';
import { isRecord } from './yamlFile';

const OWNER_KEYS = [
  'backstage.io/owner',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/owner',
  'owner',
  'team',
];

/**
 * The kubernetes-id label, and a selector for the pods: the kubernetes-id, else the
 * `app.kubernetes.io/name` the kustomization stamps on everything, else the first pod
 * controller's selector, else the Helm instance label of the release.
 */
export function serviceLabels(
  instances: Instance[],
  releases: ChartRelease[],
): ServiceLabels {
  const kubernetesId = instances.map(kubernetesIdOf).find(Boolean);
  if (kubernetesId)
    return { kubernetesId, selector: { [KUBERNETES_ID_LABEL]: kubernetesId } };
  const common = instances.find(i => i.labels['app.kubernetes.io/name'])
    ?.labels['app.kubernetes.io/name'];
  if (common) return { selector: { 'app.kubernetes.io/name': common } };
  const controller = instances.find(i => isPodController(i.object));
  const matchLabels = controller
    ? stringMap(rec(controller.object, 'spec', 'selector', 'matchLabels'))
    : {};
  if (Object.keys(matchLabels).length) return { selector: matchLabels };
  if (releases.length)
    return {
      selector: { 'app.kubernetes.io/instance': releases[0].release.name },
    };
  return {};
}

/** Owner-like labels and annotations on the service's objects, and the catalog-info owner. */
export function ownerHints(
  instances: Instance[],
  catalogInfo: CatalogInfo | undefined,
): OwnerHint[] {
  const hints: OwnerHint[] = [];
  const add = (key: string, value: string, file: string) => {
    if (!hints.some(h => h.key === key && h.value === value))
      hints.push({ key, value, file });
  };
  const owner =
    catalogInfo && isRecord(catalogInfo.entity.spec)
      ? catalogInfo.entity.spec.owner
      : undefined;
  if (typeof owner === 'string') add('spec.owner', owner, catalogInfo!.file);
  for (const instance of instances) {
    const pairs = {
      ...instance.labels,
      ...stringMap(instance.object.metadata.labels),
      ...stringMap(instance.object.metadata.annotations),
    };
    for (const key of OWNER_KEYS)
      if (pairs[key]) add(key, pairs[key], instance.file);
  }
  return hints;
}

/** mkdocs.yml and docs/ in the service folder. */
export function serviceDocs(
  index: RepoIndex,
  folder: string,
): ServiceDocs | undefined {
  const prefix = folder ? `${folder}/` : '';
  const mkdocs = [`${prefix}mkdocs.yml`, `${prefix}mkdocs.yaml`].find(
    p => index.tree.read(p) !== undefined,
  );
  const dir =
    index.dirFiles.has(`${prefix}docs`) ||
    index.dirChildren.has(`${prefix}docs`)
      ? `${prefix}docs`
      : undefined;
  if (!mkdocs && !dir) return undefined;
  return { ...(mkdocs ? { mkdocs } : {}), ...(dir ? { dir } : {}) };
}

/** The Backstage entity of `catalog-info.yaml` in the service folder (the Component, else the first entity). */
export function catalogInfoOf(
  index: RepoIndex,
  folder: string,
): CatalogInfo | undefined {
  const prefix = folder ? `${folder}/` : '';
  for (const file of [
    `${prefix}catalog-info.yaml`,
    `${prefix}catalog-info.yml`,
  ]) {
    const docs = index.files.get(file)?.docs ?? [];
    const entities = docs
      .map(d => d.value)
      .filter(isRecord)
      .filter(v => typeof v.kind === 'string');
    const entity = entities.find(e => e.kind === 'Component') ?? entities[0];
    if (entity) return { file, entity };
  }
  return undefined;
}
