import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

const OWNING_KINDS = ['group', 'user'];

function isBlank(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks the owners the specs of a request name, before anything is rendered: an owner
 * given but left blank is refused (it is never replaced by the repository's default
 * owner), and an owner must be a group or user the catalog has, as the requester sees it.
 * Specs without an `owner` key take the repository's default owner.
 */
export async function checkOwners(
  specs: Record<string, unknown>[],
  catalog: CatalogService | undefined,
  credentials: () => Promise<BackstageCredentials>,
): Promise<void> {
  for (const spec of specs) {
    if ((spec.kind !== 'app' && spec.kind !== 'gpu') || !('owner' in spec) || spec.enabled === false) continue;
    const app = typeof spec.name === 'string' && spec.name ? spec.name : 'the app';
    if (isBlank(spec.owner)) {
      throw new InputError(`Owner of ${app}: no owner was given. Choose the group that owns it; Homeport does not fill in a default for an empty owner.`);
    }
    if (typeof spec.owner !== 'string' || !catalog) continue;
    let ref: string;
    try {
      const parsed = parseEntityRef(spec.owner, { defaultKind: 'group', defaultNamespace: 'default' });
      if (!OWNING_KINDS.includes(parsed.kind.toLocaleLowerCase('en-US'))) throw new Error(parsed.kind);
      ref = stringifyEntityRef(parsed);
    } catch {
      throw new InputError(`Owner of ${app}: '${spec.owner}' is not a group or user reference such as group:default/platform`);
    }
    const entity = await catalog.getEntityByRef(ref, { credentials: await credentials() });
    if (!entity) {
      throw new InputError(`Owner of ${app}: ${ref} is not in the catalog. Choose a group or user that exists.`);
    }
  }
}
