import { Entity } from '@backstage/catalog-model';
import type { Understanding } from '@homeport/plugin-gitops-common';
import { ANNOTATIONS } from '../annotations';

/** What a repository's System says about the read, from `homeport.dev/understanding`. */
export interface UnderstandingOfEntity {
  /** The report; `undefined` when the entity carries none (the read understood everything). */
  understanding?: Understanding;
  /** Why the annotation could not be read, when it is there but is no report. */
  problem?: string;
}

const STATUSES = ['understood', 'partly', 'not-understood'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isUnderstanding(v: unknown): v is Understanding {
  if (!isRecord(v) || !STATUSES.includes(v.status as string)) return false;
  if (!Array.isArray(v.found) || !Array.isArray(v.notUnderstood)) return false;
  if (v.notFound !== undefined && !Array.isArray(v.notFound)) return false;
  return (
    v.found.every(
      f =>
        isRecord(f) &&
        typeof f.entryPoint === 'string' &&
        typeof f.count === 'number',
    ) &&
    v.notUnderstood.every(
      n =>
        isRecord(n) &&
        typeof n.path === 'string' &&
        typeof n.what === 'string' &&
        typeof n.why === 'string',
    )
  );
}

/** Reads `homeport.dev/understanding` of an entity; never throws. */
export function readUnderstanding(entity: Entity): UnderstandingOfEntity {
  const raw = entity.metadata.annotations?.[ANNOTATIONS.understanding];
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return {
      problem: `${ANNOTATIONS.understanding} is not valid JSON: ${
        (e as Error).message
      }`,
    };
  }
  if (!isUnderstanding(value)) {
    return {
      problem: `${ANNOTATIONS.understanding} is not a report of the read (status, found, notUnderstood)`,
    };
  }
  return { understanding: value };
}

/** The one-line verdict, in the words of `homeport discover` and the provider's log. */
export function understandingHeadline(u: Understanding): string {
  switch (u.status) {
    case 'not-understood':
      return 'Not understood: no service found in this repository.';
    case 'partly':
      return 'Partly understood: some of what this repository holds is not read.';
    default:
      return 'Understood: every entry point found was read.';
  }
}
