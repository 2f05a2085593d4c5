import { z } from 'zod';
import { dnsLabel } from './names';

/** A TCP or UDP port number. */
export const portNumber = z.number().int().min(1).max(65535);

/** A named container or service port. */
export const portSpec = z.object({
  name: dnsLabel('port name', 15),
  port: portNumber,
  protocol: z.enum(['TCP', 'UDP']).default('TCP'),
});
export type PortSpec = z.infer<typeof portSpec>;

/** A plain environment variable. Secret values never go here: use a secret spec. */
export const envVar = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'env name must be a C identifier'),
  value: z.string().max(4096),
});

const cpu = z.string().regex(/^(\d+m|\d+(\.\d+)?)$/, 'cpu must be a quantity such as 250m or 1');
const memory = z.string().regex(/^\d+(Mi|Gi)$/, 'memory must be a quantity such as 256Mi or 2Gi');

/** Container resource requests and limits. */
export const resourcesSpec = z.object({
  requests: z.object({ cpu: cpu.optional(), memory: memory.optional() }).strict().optional(),
  limits: z.object({ cpu: cpu.optional(), memory: memory.optional() }).strict().optional(),
});

/** An HTTP probe. */
export const probeSpec = z.object({
  path: z.string().regex(/^\/[\x21-\x7e]*$/, 'probe path must start with / and hold no spaces'),
  port: portNumber,
});

/** A command or argument list. */
export const argList = z.array(z.string().max(1024)).max(64);

/** An absolute path inside a container. */
export const mountPath = z
  .string()
  .regex(/^\/[A-Za-z0-9._/-]*$/, 'mount path must be an absolute path')
  .refine(p => !p.split('/').includes('..'), 'mount path must not contain ..');

/** Free text shown in the catalog. */
export const description = z.string().max(300);

/** Node labels a pod must land on. */
export const nodeSelector = z.record(
  z.string().regex(/^([a-z0-9.-]+\/)?[A-Za-z0-9][-A-Za-z0-9_.]{0,62}$/, 'node selector keys must be label keys'),
  z.string().regex(/^([A-Za-z0-9][-A-Za-z0-9_.]{0,61}[A-Za-z0-9]?)?$/, 'node selector values must be label values'),
);
