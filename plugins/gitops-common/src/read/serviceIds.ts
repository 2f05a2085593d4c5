import { dirOf } from '../tree/paths';
import { BuiltService } from './buildService';
import { readKustomization } from './kustomizationFile';
import { baseName, isUnder, stem } from './repoPaths';
import { RepoIndex } from './repoIndex';
import { ReadWarning } from './types';
import { UnitDraft } from './unitDraft';

/**
 * An overlay folder (`apps/staging` whose kustomization lists only `../base/podinfo`,
 * changed by patches): it deploys that one base, so the base folder names the app.
 */
function overlayBase(index: RepoIndex, folder: string): string | undefined {
  const k = readKustomization(index, folder);
  if (!k || k.resources.length !== 1 || k.components.length) return undefined;
  const [only] = k.resources;
  if (only.type !== 'dir' || isUnder(only.path, folder)) return undefined;
  return baseName(only.path);
}

/**
 * A unit's name: the file's name for one-file units, the entry's name when one Flux
 * Kustomization or Argo CD Application deploys it as a whole, else the folder's name.
 */
export function unitId(unit: UnitDraft, index?: RepoIndex): string {
  if (unit.singleFile) return stem(unit.singleFile);
  const roots =
    unit.entries.length === 1 ? unit.entries[0].roots : [unit.folder];
  const base =
    index && roots.length === 1 ? overlayBase(index, roots[0]) : undefined;
  if (base) return base;
  if (unit.entries.length === 1 && unit.entries[0].name)
    return unit.entries[0].name;
  return baseName(unit.folder) || 'root';
}

/**
 * Makes service ids unique: the same app in two clusters takes the cluster as a suffix
 * (`podinfo-staging`); other later duplicates take their parent folder's name as a prefix.
 */
export function makeIdsUnique(
  services: ReadonlyArray<Pick<BuiltService, 'model'>>,
  warnings: ReadWarning[],
) {
  const sorted = [...services].sort((a, b) =>
    a.model.folder.localeCompare(b.model.folder),
  );
  const clustered = new Map<string, Set<string | undefined>>();
  for (const { model } of sorted) {
    const clusters = clustered.get(model.id) ?? new Set();
    clusters.add(model.cluster);
    clustered.set(model.id, clusters);
  }
  for (const { model } of sorted) {
    if (model.cluster && (clustered.get(model.id)?.size ?? 0) > 1)
      model.id = `${model.id}-${model.cluster}`;
  }
  const used = new Set<string>();
  for (const service of sorted) {
    const { model } = service;
    if (!used.has(model.id)) {
      used.add(model.id);
      continue;
    }
    const parent = baseName(dirOf(model.folder));
    let id = parent ? `${parent}-${model.id}` : model.id;
    for (let n = 2; used.has(id); n++)
      id = `${parent ? `${parent}-` : ''}${model.id}-${n}`;
    warnings.push({
      file: model.folder,
      message: `service id '${model.id}' is already taken: this one is '${id}'`,
    });
    model.id = id;
    used.add(id);
  }
}
