import { dirOf } from '../tree/paths';
import { RepoIndex } from './repoIndex';
import { UnitDraft } from './unitDraft';

/** The files of each unit's folder, leaving out those of units in nested folders. */
export function folderFiles(
  index: RepoIndex,
  units: UnitDraft[],
): Map<UnitDraft, string[]> {
  const byFolder = new Map<string, UnitDraft>();
  for (const unit of units) {
    if (
      !unit.singleFile &&
      !unit.key.startsWith('entry:') &&
      unit.folder !== ''
    )
      byFolder.set(unit.folder, unit);
  }
  const out = new Map<UnitDraft, string[]>();
  const owner = new Map<string, UnitDraft | undefined>();
  const ownerOf = (dir: string): UnitDraft | undefined => {
    if (owner.has(dir)) return owner.get(dir);
    const found =
      byFolder.get(dir) ?? (dir === '' ? undefined : ownerOf(dirOf(dir)));
    owner.set(dir, found);
    return found;
  };
  for (const path of index.tree.paths()) {
    const unit = ownerOf(dirOf(path));
    if (!unit) continue;
    const list = out.get(unit);
    if (list) list.push(path);
    else out.set(unit, [path]);
  }
  return out;
}
