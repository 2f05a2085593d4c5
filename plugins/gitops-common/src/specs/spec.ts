import { z } from 'zod';
import { appSpec } from './app';
import { postgresSpec, redisSpec, volumeSpec } from './backing';
import { httpSpec, tcpSpec } from './exposure';
import { gpuSpec } from './gpu';
import { secretSpec } from './secret';

/**
 * Anything a user can ask for, free of any repository convention.
 *
 * @public
 */
export const workloadSpec = z.discriminatedUnion('kind', [
  appSpec,
  gpuSpec,
  postgresSpec,
  redisSpec,
  secretSpec,
  httpSpec,
  tcpSpec,
  volumeSpec,
]);
export type WorkloadSpec = z.infer<typeof workloadSpec>;
export type WorkloadKind = WorkloadSpec['kind'];

/** The kinds in rendering order: workloads before what attaches to them. */
export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  'app',
  'gpu',
  'postgres',
  'redis',
  'volume',
  'secret',
  'http',
  'tcp',
];

/** The app a spec belongs to. */
export function specApp(spec: WorkloadSpec): string {
  return spec.kind === 'app' || spec.kind === 'gpu' ? spec.name : spec.app;
}
