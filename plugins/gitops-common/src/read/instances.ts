import { Entry } from './entries';
import { resolveHelmReleaseChart } from './chartSources';
import { ImageOverride, overrideImagesDeep } from './kustomizeImages';
import { applyPatches } from './kustomizeHelmCharts';
import { chartTemplates } from './localCharts';
import {
  asK8sObject,
  isClusterScoped,
  isEntryObject,
  isHelmRelease,
  isPodController,
  K8sObject,
  str,
} from './objects';
import { RepoIndex } from './repoIndex';
import { substituteDeep, substitutionDisabled } from './substitute';

/** How the engine applies a file: namespace, substitutions and common labels in force. */
export interface ApplyContext {
  entry: Entry;
  /** Flux `targetNamespace` or the outermost kustomize `namespace:`. */
  forcedNamespace?: string;
  vars: Record<string, string>;
  /** kustomize `commonLabels` / `labels` in force. */
  labels: Record<string, string>;
  /** kustomize `images:` overrides in force (outer kustomizations first). */
  images?: ImageOverride[];
  /** Strategic-merge patch objects of the kustomizations in force (inner ones first). */
  patches?: K8sObject[];
  /** kustomize `namePrefix` / `nameSuffix` in force (outer ones outside). */
  namePrefix?: string;
  nameSuffix?: string;
}

/** One object as an engine applies it. */
export interface Instance {
  file: string;
  docIndex: number;
  line: number;
  object: K8sObject;
  /** Effective namespace (undefined for cluster-scoped objects or when nothing sets one). */
  namespace?: string;
  /** HelmRelease: the namespace its chart renders into (targetNamespace, or the release name for in-repo charts that say so). */
  releaseNamespace?: string;
  labels: Record<string, string>;
  entry: Entry;
  /** In the app folder but not listed by its kustomization: read, though not applied. */
  unlisted?: boolean;
}

/** The objects of a file under a context (engine objects excluded: they are entries). */
export function fileInstances(
  index: RepoIndex,
  file: string,
  ctx: ApplyContext,
  unlisted = false,
): Instance[] {
  const parsed = index.files.get(file);
  if (!parsed) return [];
  const out: Instance[] = [];
  const substitute = Object.keys(ctx.vars).length > 0;
  for (const doc of parsed.docs) {
    const raw = asK8sObject(doc.value);
    if (!raw || isEntryObject(raw)) continue;
    let object =
      substitute && !substitutionDisabled(raw)
        ? asK8sObject(substituteDeep(raw, ctx.vars)) ?? raw
        : raw;
    if (ctx.patches?.length) object = applyPatches(object, ctx.patches);
    if (
      (ctx.namePrefix || ctx.nameSuffix) &&
      object.metadata.name &&
      object.kind !== 'Namespace'
    ) {
      object = {
        ...object,
        metadata: {
          ...object.metadata,
          name: `${ctx.namePrefix ?? ''}${object.metadata.name}${
            ctx.nameSuffix ?? ''
          }`,
        },
      };
    }
    if (ctx.images?.length && isPodController(object)) {
      object = asK8sObject(overrideImagesDeep(object, ctx.images)) ?? object;
    }
    const namespace = isClusterScoped(object.kind)
      ? undefined
      : ctx.forcedNamespace ??
        object.metadata.namespace ??
        ctx.entry.defaultNamespace;
    out.push({
      file,
      docIndex: doc.index,
      line: doc.line,
      object,
      namespace,
      ...(isHelmRelease(object)
        ? {
            releaseNamespace: helmReleaseNamespace(
              index,
              object,
              namespace,
              file,
            ),
          }
        : {}),
      labels: ctx.labels,
      entry: ctx.entry,
      unlisted: unlisted || undefined,
    });
  }
  return out;
}

/** Where a HelmRelease's chart renders: `targetNamespace`, else the release name when an in-repo chart templates it so, else the HelmRelease's namespace. */
export function helmReleaseNamespace(
  index: RepoIndex,
  object: K8sObject,
  namespace: string | undefined,
  file: string,
): string | undefined {
  const target = str(object, 'spec', 'targetNamespace');
  if (target) return target;
  const { local } = resolveHelmReleaseChart(index, object, namespace, file);
  if (local && chartTemplates(index, local).namespaceIsReleaseName) {
    return str(object, 'spec', 'releaseName') ?? object.metadata.name;
  }
  return namespace;
}
