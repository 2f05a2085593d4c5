import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { GITOPS_ANNOTATIONS, RecordedStep } from '@homeport/plugin-gitops-common';

/**
 * The recorded steps on an entity (`homeport.dev/manual-steps`), or `undefined` when it
 * carries none. An `InputError` when the annotation is not a JSON array.
 */
export function entitySteps(entity: Entity): RecordedStep[] | undefined {
  const raw = entity.metadata.annotations?.[GITOPS_ANNOTATIONS.manualSteps];
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new InputError(`${GITOPS_ANNOTATIONS.manualSteps} of ${stringifyEntityRef(entity)} is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(value)) {
    throw new InputError(`${GITOPS_ANNOTATIONS.manualSteps} of ${stringifyEntityRef(entity)} is not a JSON array`);
  }
  return value as RecordedStep[];
}
