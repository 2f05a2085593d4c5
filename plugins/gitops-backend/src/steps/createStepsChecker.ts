import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { GITOPS_ANNOTATIONS, StepsResponse } from '@homeport/plugin-gitops-common';
import { checkStep, StepCheckDeps } from './checkStep';
import { entitySteps } from './entitySteps';

/**
 * Checks every recorded step of an entity, in order. In a repository that deploys two
 * or more clusters, only the entity's own cluster (`homeport.dev/cluster`) is asked when
 * one of that name is configured.
 */
export function createStepsChecker(deps: StepCheckDeps): (entity: Entity) => Promise<StepsResponse> {
  return async entity => {
    const steps = entitySteps(entity) ?? [];
    const own = entity.metadata.annotations?.[GITOPS_ANNOTATIONS.cluster];
    const named = own ? deps.clusters.filter(c => c.name === own) : [];
    const clusters = named.length ? named : deps.clusters;
    return {
      entityRef: stringifyEntityRef(entity),
      items: await Promise.all(steps.map(s => checkStep(s, { ...deps, clusters }))),
    };
  };
}
