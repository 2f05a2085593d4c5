import { InputError } from '@backstage/errors';
import { RepositoryModel } from '../read/types';
import { FileTree } from '../tree/FileTree';
import { parseProfileYaml } from './document/parse';
import { ProfileDocument } from './document/schema';
import { matchBuiltin } from './infer/builtins';
import { builtinDocument, inferProfile } from './infer/inferProfile';
import { defaultProfileRegistry, ProfileRegistry } from './registry';
import { Profile } from './types';

/** The file a GitOps repository keeps its own profile in. */
export const REPOSITORY_PROFILE_FILE = '.homeport/profile.yaml';

/** A repository's profile and where it came from. @public */
export interface ResolvedProfile {
  profile: Profile;
  /** `configured`: named by config or a flag; `repository`: `.homeport/profile.yaml`; `inferred`: from the apps. */
  source: 'configured' | 'repository' | 'inferred';
  document?: ProfileDocument;
}

/**
 * The profile a repository is written and linted with: the one configured (an id, with
 * options), else the repository's own `.homeport/profile.yaml`, else the one inferred
 * from its apps. A repository that nothing fits is an `InputError` naming what was
 * found and what was looked for: Homeport never writes another repository's
 * conventions into it.
 *
 * @public
 */
export function resolveProfile(
  tree: FileTree,
  configured: { profile?: string; options?: unknown } = {},
  registry: ProfileRegistry = defaultProfileRegistry,
  /** The repository's services when the caller has read them already (every service, no profile filter). */
  model?: RepositoryModel,
): ResolvedProfile {
  if (configured.profile && configured.profile !== 'auto') {
    return { profile: registry.create(configured.profile, configured.options), source: 'configured' };
  }
  const own = tree.read(REPOSITORY_PROFILE_FILE);
  if (own !== undefined) {
    const document = parseProfileYaml(own, REPOSITORY_PROFILE_FILE);
    return { profile: registry.fromDocument(document), source: 'repository', document };
  }
  // A built-in layout shows in a few paths: no need to read the whole repository for it.
  const builtin = matchBuiltin(tree);
  if (builtin) {
    const document = builtinDocument(builtin.profile);
    return { profile: registry.fromDocument(document), source: 'inferred', document };
  }
  const inference = inferProfile(tree, model);
  if (!inference.document) throw new InputError(inference.reason ?? 'No profile fits this repository');
  return { profile: registry.fromDocument(inference.document), source: 'inferred', document: inference.document };
}

/**
 * What lint runs for a resolved profile: a data document lints as `flux-helm` with its
 * spec, a built-in named by a document with the document's options, a configured
 * built-in with the options it was given.
 *
 * @public
 */
export function lintProfileOf(resolved: ResolvedProfile, options?: unknown): { profile: string; profileOptions: unknown } {
  const spec = resolved.document?.spec;
  if (spec && 'renderer' in spec) return { profile: 'flux-helm', profileOptions: spec };
  if (spec && 'base' in spec) return { profile: spec.base, profileOptions: spec.options };
  return { profile: resolved.profile.id, profileOptions: options };
}
