import { argoEntries } from './argoEntries';
import { assignClusters } from './clusters';
import { Entry } from './entries';
import { Expander, FileOrigin } from './expand';
import { fluxEntries } from './fluxEntries';
import { splitUnit } from './identity';
import { kustomizeRootEntries } from './kustomizeEntries';
import { isFluxKustomization, str, arr } from './objects';
import { RepoIndex } from './repoIndex';
import { ServiceGroup } from './serviceGroup';
import { unitId } from './serviceIds';
import { ReadWarning } from './types';
import { UnitDraft } from './unitDraft';

/**
 * What the engines apply, cut into units and the units into service groups: everything
 * the reader knows before objects move between groups (companions, links) and services
 * are read from them. Kept between reads by a ReadCache, so that a change to a few
 * app files re-reads only those (see replay.ts).
 */
export interface Expansion {
  entries: Entry[];
  clusters: string[];
  /** The units in the order they were found. */
  units: UnitDraft[];
  /** Each unit's groups (by unit key) as splitUnit cut them, before anything moves. */
  groups: Map<string, ServiceGroup[]>;
  /** Each file's reads into units. */
  origins: Map<string, FileOrigin[]>;
  /** Files whose content shapes other objects (kustomize patches). */
  contentFiles: Set<string>;
  /** Names of the ConfigMaps Flux Kustomizations substitute from. */
  substitutionSources: Set<string>;
  /** The warnings of finding entries and expanding them. */
  warnings: ReadWarning[];
}

/** The ConfigMaps named by Flux Kustomizations' `postBuild.substituteFrom`. */
function substitutionSources(index: RepoIndex): Set<string> {
  const names = new Set<string>();
  for (const { object } of index.objects) {
    if (!isFluxKustomization(object)) continue;
    for (const ref of arr(object, 'spec', 'postBuild', 'substituteFrom')) {
      const name = str(ref, 'name');
      if (name) names.add(name);
    }
  }
  return names;
}

/** Finds the entries of a repository, expands them into units and cuts these into groups. */
export function expandRepository(index: RepoIndex): Expansion {
  const warnings: ReadWarning[] = [];
  let entries = [
    ...fluxEntries(index, warnings),
    ...argoEntries(index, warnings),
  ];
  if (!entries.length) entries = kustomizeRootEntries(index);
  const clusters = assignClusters(entries);

  const expander = new Expander(index, warnings);
  expander.expandAll(entries);
  expander.adoptUnreached();
  const units = [...expander.units.units.values()];
  return {
    entries,
    clusters,
    units,
    groups: new Map(
      units.map(unit => [unit.key, splitUnit(unit, unitId(unit, index))]),
    ),
    origins: expander.origins,
    contentFiles: expander.contentFiles,
    substitutionSources: substitutionSources(index),
    warnings,
  };
}
