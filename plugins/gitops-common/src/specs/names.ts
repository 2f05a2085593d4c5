import { z } from 'zod';

/** A DNS-1123 label: what Kubernetes accepts as a namespace or most object names. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Names Kubernetes or the GitOps layout reserve; an app may not take them. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'flux-system',
  'argocd',
  'openebs',
  'shared',
]);

/** A DNS-1123 label of at most `max` characters. */
export function dnsLabel(what: string, max = 63) {
  return z
    .string()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`)
    .regex(
      DNS_LABEL,
      `${what} must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit`,
    );
}

/** A DNS-1035 label: what a Service name must be (a DNS-1123 label starting with a letter). */
export const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/**
 * The name of an app: it names the app's Service too, so a DNS-1035 label, and not a
 * reserved name.
 */
export const appName = z
  .string()
  .min(1, 'app name must not be empty')
  .max(53, 'app name must be at most 53 characters')
  .regex(
    DNS_1035_LABEL,
    "app name must be a DNS-1035 label: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
  )
  .refine(
    name => !RESERVED_NAMES.has(name),
    name => ({ message: `app name '${name}' is reserved` }),
  );

/** A Kubernetes quantity of storage in binary units, at least 1Gi: `1Gi`, `500Gi`, `2Ti`. */
export const storageSize = z
  .string()
  .regex(/^[1-9][0-9]{0,5}(Gi|Ti)$/, 'size must be a whole number of Gi or Ti, such as 10Gi');

/** Tags that name a moving target (seed 000: "latest or its variants"). */
export const MUTABLE_TAGS: ReadonlySet<string> = new Set([
  'latest',
  'stable',
  'current',
  'main',
  'master',
  'edge',
  'nightly',
  'dev',
  'develop',
]);

/** An exact image tag: not `latest` (or a variant) and not a sliding `1` or `1.2`. */
export const exactTag = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'tag must be a valid image tag')
  .refine(tag => !MUTABLE_TAGS.has(tag.toLowerCase()), tag => ({
    message: `tag '${tag}' is mutable: pin an exact version`,
  }))
  .refine(tag => !/^v?\d+(\.\d+)?$/.test(tag), tag => ({
    message: `tag '${tag}' is a sliding version: pin the full version (such as 1.2.3)`,
  }));


/** An image repository reference without tag: `ghcr.io/org/app`, `caddy`. */
export const imageRepository = z
  .string()
  .max(255)
  .regex(
    /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/,
    'image repository must look like registry.example.com/org/name (no tag)',
  );

/** An exact chart version: full semver, no range. */
export const exactVersion = z
  .string()
  .regex(
    /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/,
    'version must be an exact semantic version such as 1.2.3 (no range)',
  );

/** A DNS host name: `app.example.com`. */
export const hostName = z
  .string()
  .max(253)
  .regex(
    /^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]([-a-z0-9]*[a-z0-9])?$/,
    'host must be a lowercase DNS name such as app.example.com',
  );

/** An entity ref of an owner: `group:default/media`, `user:ada`, `media`. */
export const ownerRef = z
  .string()
  .regex(/^((group|user):)?([a-z0-9-]+\/)?[a-zA-Z0-9][\w.-]*$/, 'owner must be an entity ref such as group:default/media');
