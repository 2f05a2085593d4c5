import path from 'node:path';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * One GitOps repository Homeport reads from and writes into.
 *
 * @public
 */
export interface GitOpsRepositoryConfig {
  /** Short id, a DNS-1123 label; used in provider names and entity annotations. */
  id: string;
  /** A git URL, or an absolute path to a local (bare or working) repository. */
  url: string;
  /** The branch Homeport reads, and against which it opens changes. */
  branch: string;
  /**
   * The repository convention: which profile renders and lints it, or `auto` for the
   * repository's own `.homeport/profile.yaml`, else the one inferred from its apps.
   */
  profile: string;
  /** Owner of services that name no owner themselves. */
  defaultOwner: string;
  /**
   * Put before the name of every Component and Resource read from this repository
   * (not before names a `catalog-info.yaml` gives), so that two repositories with an app
   * of the same name (`plex`) give two entities (`lab-plex`, `home-plex`).
   */
  entityNamePrefix?: string;
  /**
   * A folder to create the repository from when `url` is a local path with no
   * repository yet (the embedded default's demo repository).
   */
  seedFrom?: string;
  /**
   * How changes are proposed: `branch` pushes a branch to `url` itself; the forges open
   * a pull (merge) request on `repoUrl`, in Backstage's `host?owner=…&repo=…` form.
   */
  publish: { type: PublishType; repoUrl?: string };
}

/** @public */
export type PublishType = 'branch' | 'github' | 'gitlab' | 'bitbucket' | 'gitea';
const PUBLISH_TYPES: PublishType[] = ['branch', 'github', 'gitlab', 'bitbucket', 'gitea'];

const ID = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const PREFIX = /^[a-z0-9][-a-z0-9]*$/;

function entityNamePrefixOf(entry: Config, index: number): { entityNamePrefix?: string } {
  const prefix = entry.getOptionalString('entityNamePrefix');
  if (prefix === undefined) return {};
  if (!PREFIX.test(prefix) || prefix.length > 30) {
    throw new InputError(
      `homeport.repositories[${index}].entityNamePrefix '${prefix}' must be lowercase letters, digits and '-', starting with a letter or digit, at most 30 characters`,
    );
  }
  return { entityNamePrefix: prefix };
}

function isLocalPath(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]+@[^/]+:/.test(url);
}

/**
 * Reads `homeport.repositories`. Relative local paths resolve against the
 * backend's working directory. Throws `InputError` naming the bad key.
 *
 * @public
 */
export function readRepositoryConfigs(config: Config): GitOpsRepositoryConfig[] {
  const entries = config.getOptionalConfigArray('homeport.repositories') ?? [];
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const id = entry.getString('id');
    if (!ID.test(id) || id.length > 63) {
      throw new InputError(
        `homeport.repositories[${index}].id '${id}' must be a DNS-1123 label (lowercase letters, digits and '-')`,
      );
    }
    if (seen.has(id)) {
      throw new InputError(`homeport.repositories: id '${id}' appears twice`);
    }
    seen.add(id);
    const rawUrl = entry.getString('url');
    const url = isLocalPath(rawUrl) ? path.resolve(rawUrl) : rawUrl;
    const seedFrom = entry.getOptionalString('seedFrom');
    if (seedFrom && !isLocalPath(rawUrl)) {
      throw new InputError(
        `homeport.repositories[${index}].seedFrom needs a local path in url, not ${rawUrl}`,
      );
    }
    const publishType = (entry.getOptionalString('publish.type') ?? 'branch') as PublishType;
    if (!PUBLISH_TYPES.includes(publishType)) {
      throw new InputError(
        `homeport.repositories[${index}].publish.type '${publishType}' must be one of ${PUBLISH_TYPES.join(', ')}`,
      );
    }
    const repoUrl = entry.getOptionalString('publish.repoUrl');
    if (publishType !== 'branch' && !repoUrl) {
      throw new InputError(
        `homeport.repositories[${index}].publish.repoUrl is required for publish.type ${publishType}`,
      );
    }
    return {
      id,
      url,
      branch: entry.getOptionalString('branch') ?? 'main',
      profile: entry.getOptionalString('profile') ?? 'auto',
      defaultOwner: entry.getOptionalString('defaultOwner') ?? 'group:default/platform',
      ...entityNamePrefixOf(entry, index),
      seedFrom: seedFrom ? path.resolve(seedFrom) : undefined,
      publish: { type: publishType, repoUrl },
    };
  });
}
