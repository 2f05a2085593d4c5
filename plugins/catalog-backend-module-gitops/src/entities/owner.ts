import type { ServiceModel } from '@homeport/plugin-gitops-common';
import { codeOwnerOf, CodeOwnersRule } from './codeowners';

/**
 * Owner-like labels and annotations on a service's objects, strongest first.
 * (`app.kubernetes.io/part-of` names an application, not a team: it groups services
 * into a System instead, see systems.ts.)
 */
export const OWNER_KEYS = [
  'backstage.io/owner',
  'app.kubernetes.io/owner',
  'owner',
  'team',
];

/** Where a service's owner came from. */
export type OwnerSource = 'catalog-info' | 'label' | 'codeowners' | 'default';

/**
 * An owner as written in a label or annotation, as an entity reference: a reference
 * stays as it is, `@org/team` and a plain name become a group of the default namespace.
 */
export function ownerRef(value: string): string {
  if (value.includes(':')) return value;
  const team = /^@[^/\s]+\/([^/\s]+)$/.exec(value);
  if (team) return `group:default/${team[1]}`;
  const name = value.replace(/^@/, '');
  return name.includes('/') ? `group:${name}` : `group:default/${name}`;
}

/**
 * The owner of a service: its own catalog-info.yaml, else an owner label or annotation
 * on its objects, else CODEOWNERS for its folder, else the repository's default owner.
 */
export function serviceOwner(
  service: ServiceModel,
  codeOwners: CodeOwnersRule[],
  defaultOwner: string,
): { owner: string; source: OwnerSource } {
  const fromCatalogInfo = service.owners.find(h => h.key === 'spec.owner');
  if (fromCatalogInfo)
    return { owner: fromCatalogInfo.value, source: 'catalog-info' };
  for (const key of OWNER_KEYS) {
    const hint = service.owners.find(h => h.key === key && h.value.trim());
    if (hint) return { owner: ownerRef(hint.value.trim()), source: 'label' };
  }
  const fromCodeOwners = codeOwnerOf(codeOwners, service.folder);
  if (fromCodeOwners) return { owner: fromCodeOwners, source: 'codeowners' };
  return { owner: defaultOwner, source: 'default' };
}
