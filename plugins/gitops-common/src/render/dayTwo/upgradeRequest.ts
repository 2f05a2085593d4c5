import { z } from 'zod';
import { parseRequest } from './parseRequest';
import { appName, exactTag, exactVersion, imageRepository } from '../../specs/names';

/** A CPU or memory quantity as Kubernetes reads it: `250m`, `1`, `512Mi`, `2Gi`. */
const quantity = z
  .string()
  .regex(/^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'must be a Kubernetes quantity such as 250m, 512Mi or 2Gi');

const resourceList = z.object({ cpu: quantity.optional(), memory: quantity.optional() }).strict();

const upgradeRequestObject = z
  .object({
    app: appName,
    workload: z.string().min(1).optional(),
    image: z.object({ repository: imageRepository.optional(), tag: exactTag }).strict().optional(),
    chartVersion: exactVersion.optional(),
    replicas: z.number().int().min(0).max(100).optional(),
    resources: z.object({ requests: resourceList.optional(), limits: resourceList.optional() }).strict().optional(),
  })
  .strict();

/**
 * What an upgrade of an existing service changes: an image's tag (`image.repository`
 * picks the image when the service runs several), the chart's version, the replicas,
 * the resources of its main container. Versions are exact: no `latest`, no sliding `1`
 * or `1.2`, no range.
 *
 * @public
 */
export type UpgradeRequest = z.infer<typeof upgradeRequestObject>;

/** @public */
export const upgradeRequestSchema: z.ZodType<UpgradeRequest, z.ZodTypeDef, unknown> = upgradeRequestObject.refine(
  r =>
    r.image !== undefined ||
    r.chartVersion !== undefined ||
    r.replicas !== undefined ||
    Object.values(r.resources ?? {}).some(list => Object.values(list ?? {}).some(v => v !== undefined)),
  { message: 'say what to change: an image tag, a chart version, replicas or resources' },
);

/**
 * Validates an upgrade request; an `InputError` names every bad field
 * (`Invalid upgrade: image.tag: tag 'latest' is mutable: pin an exact version`).
 *
 * @public
 */
export function parseUpgradeRequest(input: unknown): UpgradeRequest {
  return parseRequest('upgrade', upgradeRequestSchema, input);
}
