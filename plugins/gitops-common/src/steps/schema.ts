import { z } from 'zod';

const check = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('secret'),
    namespace: z.string().min(1),
    name: z.string().min(1),
    keys: z.array(z.string().min(1)),
  }),
  z.object({ kind: z.literal('external-secret'), namespace: z.string().min(1), name: z.string().min(1) }),
  z.object({ kind: z.literal('dns'), host: z.string().min(1) }),
  z.object({ kind: z.literal('manual'), how: z.string().min(1) }),
]);

const done = z.object({ by: z.string().min(1), at: z.string().min(1), note: z.string().optional() });

/** One entry of a steps file. */
export const recordedStepSchema = z.object({
  id: z.string().min(1),
  owner: z.enum(['operator', 'developer']),
  title: z.string().min(1),
  detail: z.string(),
  check,
  done: done.optional(),
});

/** A steps file: the app and its steps. */
export const stepsFileSchema = z.object({
  apiVersion: z.literal('homeport.dev/v1alpha1'),
  kind: z.literal('ManualSteps'),
  app: z.string().min(1),
  steps: z.array(recordedStepSchema),
});
