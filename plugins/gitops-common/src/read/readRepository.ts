import { createProfile } from '../profiles/registry';
import { FileTree } from '../tree/FileTree';
import { argoEntries } from './argoEntries';
import { buildService, hasSubstance } from './buildService';
import { joinCompanionFolders } from './companionFolders';
import { assignClusters } from './clusters';
import { Expander } from './expand';
import { folderFiles } from './folderFiles';
import { fluxEntries } from './fluxEntries';
import { splitUnit } from './identity';
import { terraformServices } from './terraform/terraformServices';
import { kustomizeRootEntries } from './kustomizeEntries';
import { linkAcrossGroups } from './link';
import { indexRepository } from './repoIndex';
import { isUnder } from './repoPaths';
import { makeIdsUnique, unitId } from './serviceIds';
import { addSharedReferences } from './sharedReferences';
import { understand } from './understanding';
import {
  ReadOptions,
  ReadWarning,
  RepositoryModel,
  ServiceModel,
} from './types';

function appsDirOf(
  profile: string,
  warnings: ReadWarning[],
): string | undefined {
  try {
    return createProfile(profile).appsDir;
  } catch (error) {
    warnings.push({
      file: '',
      message: `profile '${profile}' is not known: every service is returned (${String(
        error,
      )})`,
    });
    return undefined;
  }
}

function uniqueWarnings(warnings: ReadWarning[]): ReadWarning[] {
  const seen = new Set<string>();
  return warnings.filter(w => {
    const key = `${w.file}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads a GitOps repository into its services. Pure: no file system, network or clock.
 *
 * It follows what the engines apply (Flux Kustomizations with their path, components,
 * targetNamespace and postBuild substitutions; Argo CD Applications and ApplicationSet
 * git directories; kustomize resources and namespaces), cuts what they apply into app
 * folders (see unitRules.ts and identity.ts), and reads each into a
 * {@link ServiceModel}. Broken files become warnings, never exceptions.
 *
 * @public
 */
export function readRepository(
  tree: FileTree,
  options: ReadOptions = {},
): RepositoryModel {
  const warnings: ReadWarning[] = [];
  const index = indexRepository(tree, warnings, options.cache);
  options.cache?.sweep();
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

  const groups = joinCompanionFolders(
    units.flatMap(unit => splitUnit(unit, unitId(unit, index))),
  );
  linkAcrossGroups(groups);
  const files = folderFiles(index, units);
  const built = groups
    .map(group =>
      buildService(
        index,
        group,
        [group.unit, ...(group.companions ?? [])].flatMap(
          unit => files.get(unit) ?? [],
        ),
        warnings,
      ),
    )
    .filter(service => hasSubstance(service.model));
  addSharedReferences(built);
  makeIdsUnique(built, warnings);

  let services: ServiceModel[] = built.map(service => service.model);
  if (options.terraform) {
    warnings.push(...options.terraform.warnings);
    services.push(...terraformServices(options.terraform, warnings));
  }
  const understanding = understand(index, entries, services, options.terraform);
  const appsDir = options.profile
    ? appsDirOf(options.profile, warnings)
    : undefined;
  if (appsDir !== undefined)
    services = services.filter(
      s => s.folder !== appsDir && isUnder(s.folder, appsDir),
    );
  services.sort((a, b) => a.id.localeCompare(b.id));
  return {
    services,
    ...(clusters.length ? { clusters } : {}),
    understanding,
    warnings: uniqueWarnings(warnings),
  };
}
