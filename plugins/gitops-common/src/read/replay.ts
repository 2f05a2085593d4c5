/**
 * A read after a change to a few app files, from the expansion of the read before: the
 * changed files' objects are read again into the units they were read into, and only
 * those units are cut into groups again. Everything else of the expansion stands, which
 * holds when each changed file:
 *
 * - existed before and holds the same documents, each the same object (API version,
 *   kind, name, namespace), and no file was added or removed;
 * - was read into units (as objects), and shapes nothing else: no kustomization, patch,
 *   chart or values file; and an engine object (Flux, Argo CD), source, namespace,
 *   Backstage or Homeport object, ConfigMap a Flux Kustomization substitutes from or GPU
 *   claim in it is exactly as it was, on the same line (a HelmRepository beside the
 *   HelmRelease whose version changed).
 *
 * Otherwise the repository is expanded again. The steps after (companions, links,
 * services, shared references, ids) always run on every group; see buildGroups.ts.
 */
import { baseName } from './repoPaths';
import { Expansion } from './expansion';
import { splitUnit } from './identity';
import { fileInstances, Instance } from './instances';
import { apiGroup, asK8sObject, isHelmRelease, isScaffolding, K8sObject } from './objects';
import { RepoIndex } from './repoIndex';
import { unitId } from './serviceIds';
import { instanceKey, UnitDraft } from './unitDraft';

/** API groups whose objects deploy, source, patch or describe others. */
const SHAPING_GROUPS = [
  'kustomize.config.k8s.io',
  'config.kubernetes.io',
  'argoproj.io',
  'backstage.io',
  'homeport.dev',
];
const SHAPING_KINDS = new Set([
  'ArtifactGenerator',
  'ResourceClaim',
  'ResourceClaimTemplate',
]);

/** Whether an object may shape what the reader makes of other files. */
function shapesOthers(object: K8sObject, substituted: Set<string>): boolean {
  if (isScaffolding(object) || SHAPING_KINDS.has(object.kind)) return true;
  const group = apiGroup(object.apiVersion);
  if (group.endsWith('fluxcd.io') && !isHelmRelease(object)) return true;
  if (SHAPING_GROUPS.some(g => group === g || group.endsWith(`.${g}`)))
    return true;
  return (
    object.kind === 'ConfigMap' &&
    substituted.has(object.metadata.name ?? '')
  );
}

function sameObject(a: K8sObject, b: K8sObject): boolean {
  return (
    a.apiVersion === b.apiVersion &&
    a.kind === b.kind &&
    a.metadata.name === b.metadata.name &&
    a.metadata.namespace === b.metadata.namespace
  );
}

/** Whether a changed file can be read again on its own (see the module comment). */
function replayable(
  expansion: Expansion,
  before: RepoIndex,
  after: RepoIndex,
  path: string,
): boolean {
  if (/^kustomization\.ya?ml$/.test(baseName(path))) return false;
  if (expansion.contentFiles.has(path) || !expansion.origins.has(path))
    return false;
  const old = before.files.get(path);
  const now = after.files.get(path);
  if (!old || !now || old.sops !== now.sops) return false;
  if (!now.docs.length || old.docs.length !== now.docs.length) return false;
  return now.docs.every((doc, i) => {
    const was = old.docs[i];
    const a = asK8sObject(was.value);
    const b = asK8sObject(doc.value);
    if (!a || !b || was.index !== doc.index || !sameObject(a, b)) return false;
    const { substitutionSources } = expansion;
    // An object that shapes others may sit in the file if it did not change at all.
    return (
      (!shapesOthers(a, substitutionSources) &&
        !shapesOthers(b, substitutionSources)) ||
      (was.line === doc.line &&
        JSON.stringify(was.value) === JSON.stringify(doc.value))
    );
  });
}

/** A unit with the objects of `path` read again, in the places they had. */
function rereadFile(
  unit: UnitDraft,
  path: string,
  expansion: Expansion,
  index: RepoIndex,
): UnitDraft | undefined {
  // As UnitSet.add: a document read twice under the same substitutions counts once.
  const seen = new Set<string>();
  const again: Instance[] = [];
  for (const origin of expansion.origins.get(path) ?? []) {
    if (origin.unitKey !== unit.key) continue;
    for (const instance of fileInstances(
      index,
      path,
      origin.ctx,
      origin.unlisted,
    )) {
      const key = instanceKey(instance);
      if (seen.has(key)) continue;
      seen.add(key);
      again.push(instance);
    }
  }
  let n = 0;
  const instances = unit.instances.map(i =>
    i.file === path ? again[n++] : i,
  );
  if (n !== again.length || instances.some(i => i === undefined))
    return undefined;
  return { ...unit, instances };
}

/**
 * The expansion of the index `after` from the expansion of the index `before`, when every
 * file `changed` between them can be read again on its own; `undefined` when the
 * repository must be expanded again.
 */
export function replayExpansion(
  expansion: Expansion,
  before: RepoIndex,
  after: RepoIndex,
  changed: ReadonlySet<string>,
): Expansion | undefined {
  for (const path of changed)
    if (!replayable(expansion, before, after, path)) return undefined;
  const byKey = new Map(expansion.units.map(u => [u.key, u]));
  const reread = new Map<string, UnitDraft>();
  for (const path of changed) {
    const keys = new Set(expansion.origins.get(path)!.map(o => o.unitKey));
    for (const key of keys) {
      const unit = reread.get(key) ?? byKey.get(key);
      const next = unit && rereadFile(unit, path, expansion, after);
      if (!next) return undefined;
      reread.set(key, next);
    }
  }
  const groups = new Map(expansion.groups);
  for (const [key, unit] of reread)
    groups.set(key, splitUnit(unit, unitId(unit, after)));
  return {
    ...expansion,
    units: expansion.units.map(u => reread.get(u.key) ?? u),
    groups,
  };
}
