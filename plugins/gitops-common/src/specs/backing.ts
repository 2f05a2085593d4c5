import { z } from 'zod';
import { mountPath } from './common';
import { appName, dnsLabel, storageSize } from './names';

/**
 * A PostgreSQL database for an app: a dedicated CloudNativePG cluster, or a database
 * and role in a shared cluster. The profile picks the default mode.
 *
 * @public
 */
export const postgresSpec = z.object({
  kind: z.literal('postgres'),
  app: appName,
  mode: z.enum(['dedicated', 'shared']).optional(),
  /** Dedicated: the new cluster's name (default `<app>-db`). Shared: the cluster to join. */
  cluster: dnsLabel('cluster name', 50).optional(),
  /** Database (and role) name; defaults to the app name with `-` turned into `_`. */
  database: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'database must be a lowercase SQL identifier')
    .optional(),
  size: storageSize.default('1Gi'),
});
export type PostgresSpec = z.infer<typeof postgresSpec>;

/**
 * A Redis cache (or queue) for an app.
 *
 * @public
 */
export const redisSpec = z.object({
  kind: z.literal('redis'),
  app: appName,
  mode: z.enum(['cache', 'queue']).default('cache'),
  /** The Redis instance to use or create; defaults to `redis-<mode>` (shared) or `<app>-redis`. */
  name: dnsLabel('redis name', 50).optional(),
  size: storageSize.default('1Gi'),
});
export type RedisSpec = z.infer<typeof redisSpec>;

/**
 * A persistent volume for an app.
 *
 * @public
 */
export const volumeSpec = z.object({
  kind: z.literal('volume'),
  app: appName,
  /** What the volume holds: `data`, `media`, `models`. Part of its name. */
  purpose: dnsLabel('purpose', 30),
  size: storageSize,
  /** `fast` for databases and state, `bulk` for media and large data. */
  class: z.enum(['fast', 'bulk']).default('fast'),
  /** Where the app's container mounts it (image apps and GPU workloads). */
  mountPath: mountPath.optional(),
});
export type VolumeSpec = z.infer<typeof volumeSpec>;
