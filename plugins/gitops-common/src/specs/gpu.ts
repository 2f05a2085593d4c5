import { z } from 'zod';
import { argList, envVar, mountPath, nodeSelector, portNumber } from './common';
import {
  appName,
  dnsLabel,
  exactTag,
  imageRepository,
  ownerRef,
  storageSize,
} from './names';

/**
 * A GPU workload (an inference server): its image, the GPUs it needs and how it reaches
 * them, a volume for its models.
 *
 * @public
 */
export const gpuSpec = z.object({
  kind: z.literal('gpu'),
  name: appName,
  namespace: dnsLabel('namespace').optional(),
  owner: ownerRef.optional(),
  description: z.string().max(300).optional(),
  repository: imageRepository,
  tag: exactTag,
  vendor: z.enum(['amd', 'nvidia', 'intel']),
  count: z.number().int().min(1).max(8).default(1),
  /**
   * `device-plugin` requests `amd.com/gpu`, `nvidia.com/gpu` or `gpu.intel.com/i915`;
   * `privileged` mounts the host's devices into a privileged pod. Defaults by profile.
   */
  access: z.enum(['device-plugin', 'privileged']).optional(),
  port: portNumber.default(8080),
  modelVolume: z
    .object({ size: storageSize, mountPath: mountPath.default('/models') })
    .optional(),
  nodeSelector: nodeSelector.optional(),
  command: argList.optional(),
  args: argList.optional(),
  env: z.array(envVar).max(128).default([]),
});
export type GpuSpec = z.infer<typeof gpuSpec>;
