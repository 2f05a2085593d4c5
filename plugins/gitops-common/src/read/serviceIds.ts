import { dirOf } from '../tree/paths';
import { BuiltService } from './buildService';
import { baseName, stem } from './repoPaths';
import { ReadWarning } from './types';
import { UnitDraft } from './unitDraft';

/**
 * A unit's name: the file's name for one-file units, the entry's name when one Flux
 * Kustomization or Argo CD Application deploys it as a whole, else the folder's name.
 */
export function unitId(unit: UnitDraft): string {
  if (unit.singleFile) return stem(unit.singleFile);
  if (unit.entries.length === 1 && unit.entries[0].name)
    return unit.entries[0].name;
  return baseName(unit.folder) || 'root';
}

/** Makes service ids unique: later duplicates take their parent folder's name as a prefix. */
export function makeIdsUnique(
  services: BuiltService[],
  warnings: ReadWarning[],
) {
  const sorted = [...services].sort((a, b) =>
    a.model.folder.localeCompare(b.model.folder),
  );
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
