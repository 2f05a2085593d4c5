import { createProfile } from '../profiles/registry';
import { FileTree } from '../tree/FileTree';
import { buildGroups, BuiltGroups } from './buildGroups';
import { Expansion, expandRepository } from './expansion';
import { terraformServices } from './terraform/terraformServices';
import { indexRepository, RepoIndex } from './repoIndex';
import { replayExpansion } from './replay';
import { isUnder } from './repoPaths';
import { makeIdsUnique } from './serviceIds';
import { addSharedReferences } from './sharedReferences';
import { understand } from './understanding';
import {
  ReadOptions,
  ReadWarning,
  RepositoryModel,
  ServiceModel,
} from './types';

/** What a read keeps in its ReadCache for the next read of the same repository. */
interface LastRead {
  /** The index read (the next read's index is made from it, see indexRepository). */
  index: RepoIndex;
  expansion: Expansion;
  built: BuiltGroups;
}

const LAST_READ = 'read-last';

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
  const { cache } = options;
  const { index, update } = indexRepository(tree, warnings, cache);
  const last = cache?.kept<LastRead>(LAST_READ);
  // Replayed from the last read when this index was made from that read's.
  const replayed =
    last && update?.before === last.index
      ? replayExpansion(last.expansion, update.before, index, update.changed)
      : undefined;
  const expansion = replayed ?? expandRepository(index);
  warnings.push(...expansion.warnings);
  const { services: built, built: byGroup } = buildGroups(
    index,
    expansion,
    warnings,
    replayed && last && update
      ? { built: last.built, changed: update.changed }
      : undefined,
  );
  cache?.keep(LAST_READ, { index, expansion, built: byGroup });
  const { entries, clusters } = expansion;
  addSharedReferences(built);
  makeIdsUnique(built, warnings);

  let services: ServiceModel[] = built.map(service => service.model);
  if (options.terraform) {
    warnings.push(...options.terraform.warnings);
    // Terraform's services take unique ids among themselves (Terragrunt's live/<env>/<app>).
    const terraform = terraformServices(options.terraform, warnings);
    makeIdsUnique(
      terraform.map(model => ({ model })),
      warnings,
    );
    services.push(...terraform);
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
