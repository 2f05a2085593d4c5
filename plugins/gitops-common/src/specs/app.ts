import { z } from 'zod';
import {
  argList,
  description,
  envVar,
  portSpec,
  probeSpec,
  resourcesSpec,
} from './common';
import {
  appName,
  dnsLabel,
  exactTag,
  exactVersion,
  imageRepository,
  ownerRef,
} from './names';

const valuesPath = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/, 'path must be a dotted path such as image.tag');

/**
 * An image set inside Helm values: its tag (followed by the update-bot comment) and, where
 * a repository path is known, its repository. Without paths, they default to the
 * `image.repository`/`image.tag`-style keys of the chart's own values.yaml, when Homeport
 * read the chart.
 */
export const valuesImage = z.object({
  /** Dotted path of the tag inside the values, such as `image.tag` or `server.image.tag`. */
  path: valuesPath.optional(),
  /** Dotted path of the repository inside the values, such as `image.repository`. */
  repositoryPath: valuesPath.optional(),
  /**
   * Dotted path of a separate registry key, such as `image.registry`: the repository's
   * registry host goes there (`docker.io` for a Docker Hub name) and the rest to
   * `repositoryPath`.
   */
  registryPath: valuesPath.optional(),
  repository: imageRepository,
  tag: exactTag,
});

/** A third-party Helm chart from a Helm repository, an OCI registry or a git repository. */
export const helmSource = z.object({
  type: z.literal('helm'),
  repository: z.object({
    type: z.enum(['helm', 'oci', 'git']),
    /** Name of the Flux source object; defaults to one derived from the URL. */
    name: dnsLabel('repository name').optional(),
    url: z
      .string()
      .max(512)
      .regex(/^(https?|oci):\/\/[^\s"'`$]+$/, 'repository url must be an http(s):// or oci:// URL'),
  }),
  /** Chart name (helm, oci) or path to the chart in the repository (git). */
  chart: z
    .string()
    .max(253)
    .regex(/^(\.\/)?[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'chart must be a chart name or a relative path')
    .refine(c => !c.split('/').includes('..'), 'chart path must not contain ..'),
  /** Exact chart version (helm, oci) or the git tag (git). */
  version: exactVersion,
  values: z.record(z.unknown()).default({}),
  images: z.array(valuesImage).default([]),
});
export type HelmSource = z.infer<typeof helmSource>;

/** A container image run as a Deployment. */
export const imageSource = z.object({
  type: z.literal('image'),
  repository: imageRepository,
  tag: exactTag,
  ports: z.array(portSpec).max(16).default([]),
  env: z.array(envVar).max(128).default([]),
  resources: resourcesSpec.optional(),
  replicas: z.number().int().min(0).max(50).default(1),
  probes: z
    .object({ liveness: probeSpec.optional(), readiness: probeSpec.optional() })
    .optional(),
  command: argList.optional(),
  args: argList.optional(),
});
export type ImageSource = z.infer<typeof imageSource>;

/**
 * A web app, from a Helm chart or from a container image.
 *
 * @public
 */
export const appSpec = z.object({
  kind: z.literal('app'),
  name: appName,
  /** Namespace (Flux profiles) or domain namespace (Argo CD profile). Defaults by profile. */
  namespace: dnsLabel('namespace').optional(),
  owner: ownerRef.optional(),
  description: description.optional(),
  source: z.discriminatedUnion('type', [helmSource, imageSource]),
});
export type AppSpec = z.infer<typeof appSpec>;
