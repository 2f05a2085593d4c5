import { createHash } from 'node:crypto';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { GITOPS_ANNOTATIONS } from '@homeport/plugin-gitops-common';

/**
 * What the provider last applied: for each entity by ref, the digest of its content and
 * the commit it was applied at (not the entity itself: kept between reads, 5,000 apps'
 * entities are tens of MiB that the next delta does not need).
 */
export type AppliedEntities = Map<string, { fingerprint: string; commit?: string }>;

/**
 * A digest of an entity's content apart from the commit it was read at (a digest, not
 * the JSON itself: the provider keeps one per entity between reads).
 */
function fingerprint(entity: Entity): string {
  const annotations = { ...entity.metadata.annotations };
  delete annotations[GITOPS_ANNOTATIONS.commit];
  const json = JSON.stringify({
    ...entity,
    metadata: { ...entity.metadata, annotations },
  });
  // It only tells a changed entity from an unchanged one: sha1, twice as fast as sha256 here.
  return createHash('sha1').update(json).digest('base64');
}

/**
 * The change from the entities last applied to `entities`: those new or different
 * (other than in their commit annotation: an entity whose definition did not change
 * keeps the commit it was last changed at), and the refs of those gone. Also the new
 * state to remember: the digest and commit of each entity as the catalog then has it.
 */
export function entityDelta(
  previous: AppliedEntities,
  entities: readonly Entity[],
): { added: Entity[]; removed: string[]; applied: AppliedEntities } {
  const applied: AppliedEntities = new Map();
  const added: Entity[] = [];
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity);
    const print = fingerprint(entity);
    const before = previous.get(ref);
    if (before && before.fingerprint === print) applied.set(ref, before);
    else {
      applied.set(ref, {
        fingerprint: print,
        commit: entity.metadata.annotations?.[GITOPS_ANNOTATIONS.commit],
      });
      added.push(entity);
    }
  }
  const removed = [...previous.keys()].filter(ref => !applied.has(ref));
  return { added, removed, applied };
}
