import { BuiltService, buildService, hasSubstance } from './buildService';
import { joinCompanionFolders } from './companionFolders';
import { Expansion } from './expansion';
import { folderFiles } from './folderFiles';
import { linkAcrossGroups } from './link';
import { RepoIndex } from './repoIndex';
import { isUnder } from './repoPaths';
import { sameItems } from '../tree/sameItems';
import { ServiceGroup } from './serviceGroup';
import { ReadWarning, ServiceModel } from './types';

/** A service as buildService read it from a group, with what it was read from. */
interface BuiltFrom {
  id: string;
  main: boolean;
  instances: ServiceGroup['instances'];
  helmSources: ServiceGroup['helmSources'];
  companions: readonly unknown[];
  folderFiles: string[];
  result: BuiltService;
  warnings: ReadWarning[];
}

/** The services read from each group of an expansion (by the group as splitUnit cut it). */
export type BuiltGroups = Map<ServiceGroup, BuiltFrom>;

/** Whether a service read before still stands: the same objects, files and sources, none of its files changed. */
function stillStands(
  built: BuiltFrom,
  group: ServiceGroup,
  files: string[],
  changed: ReadonlySet<string>,
): boolean {
  if (
    built.id !== group.id ||
    built.main !== group.main ||
    !sameItems(built.instances, group.instances) ||
    !sameItems(built.helmSources, group.helmSources) ||
    !sameItems(built.companions, group.companions ?? []) ||
    !sameItems(built.folderFiles, files)
  )
    return false;
  if (built.result.model.files.some(f => changed.has(f))) return false;
  const folders = [group.unit, ...(group.companions ?? [])].map(u => u.folder);
  for (const path of changed)
    if (folders.some(folder => isUnder(path, folder))) return false;
  return true;
}

/** A model the later steps may change (shared references, unique ids) without changing the one kept. */
function copyModel(model: ServiceModel): ServiceModel {
  return { ...model, databases: [...model.databases], caches: [...model.caches] };
}

/**
 * Moves objects between the groups of an expansion (companion folders, objects kept away
 * from their app) and reads each group into a service. With `before` (the services read
 * from the same groups by the read before, and the files changed since), a group whose
 * objects, sources and files are all the same as then, none of them changed, keeps the
 * service read then. Services that show nothing are left out.
 */
export function buildGroups(
  index: RepoIndex,
  expansion: Expansion,
  warnings: ReadWarning[],
  before?: { built: BuiltGroups; changed: ReadonlySet<string> },
): { services: BuiltService[]; built: BuiltGroups } {
  const cut = new Map<ServiceGroup, ServiceGroup>();
  const working = expansion.units.flatMap(unit =>
    (expansion.groups.get(unit.key) ?? []).map(group => {
      const copy = {
        ...group,
        instances: [...group.instances],
        helmSources: [...group.helmSources],
      };
      cut.set(copy, group);
      return copy;
    }),
  );
  const groups = joinCompanionFolders(working);
  linkAcrossGroups(groups);
  const files = folderFiles(index, expansion.units);

  const built: BuiltGroups = new Map();
  const services: BuiltService[] = [];
  for (const group of groups) {
    const ownFiles = [group.unit, ...(group.companions ?? [])].flatMap(
      unit => files.get(unit) ?? [],
    );
    const key = cut.get(group)!;
    let from = before?.built.get(key);
    if (!from || !stillStands(from, group, ownFiles, before!.changed)) {
      const own: ReadWarning[] = [];
      from = {
        id: group.id,
        main: group.main,
        instances: group.instances,
        helmSources: group.helmSources,
        companions: group.companions ?? [],
        folderFiles: ownFiles,
        result: buildService(index, group, ownFiles, own),
        warnings: own,
      };
    }
    built.set(key, from);
    warnings.push(...from.warnings);
    if (hasSubstance(from.result.model))
      services.push({
        model: copyModel(from.result.model),
        strings: from.result.strings,
        group,
      });
  }
  return { services, built };
}
