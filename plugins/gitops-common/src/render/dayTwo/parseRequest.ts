import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Validates a day-two request against its schema; an `InputError` names each bad field. */
export function parseRequest<S extends z.ZodTypeAny>(what: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(i => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new InputError(`Invalid ${what}: ${issues.join('; ')}`);
  }
  return parsed.data;
}
