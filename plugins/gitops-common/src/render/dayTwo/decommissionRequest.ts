import { z } from 'zod';
import { parseRequest } from './parseRequest';
import { appName } from '../../specs/names';

/**
 * Which service to remove, and whether its data volumes and databases stay (in git and
 * so in the cluster) or go with it.
 *
 * @public
 */
export const decommissionRequestSchema = z
  .object({
    app: appName,
    keepData: z.boolean().default(false),
  })
  .strict();

/** @public */
export type DecommissionRequest = z.input<typeof decommissionRequestSchema>;

/** Validates a decommission request; an `InputError` names the bad field. @public */
export function parseDecommissionRequest(input: unknown): z.output<typeof decommissionRequestSchema> {
  return parseRequest('decommission', decommissionRequestSchema, input);
}
