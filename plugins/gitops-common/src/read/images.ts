import { ImageRef } from './types';
import { isRecord } from './yamlFile';

/** Splits `registry/repo:tag@sha256:…` into its parts. */
export function parseImage(raw: string): ImageRef {
  const ref = raw.trim();
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return {
    repository: rest,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    raw: ref,
  };
}

/** `repository:tag` without the digest, the form ground truth and lint rules compare. */
export function imageName(image: ImageRef): string {
  return image.tag ? `${image.repository}:${image.tag}` : image.repository;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * An image written as Helm values: `{repository, tag, digest, registry}` (bjw-s
 * app-template and most charts) or `{repositoryWithRegistry, tag}`.
 */
export function imageFromValues(value: unknown): ImageRef | undefined {
  if (typeof value === 'string')
    return /^[\w.-]+(\/[\w.-]+)*(:[\w.-]+)?(@sha256:[a-f0-9]+)?$/i.test(
      value,
    ) && /[/:]/.test(value)
      ? parseImage(value)
      : undefined;
  if (!isRecord(value)) return undefined;
  const registry = scalar(value.registry);
  const repository =
    scalar(value.repositoryWithRegistry) ??
    scalar(value.repository) ??
    scalar(value.name);
  if (!repository || repository.includes('{{') || /\s/.test(repository))
    return undefined;
  const full =
    registry && !repository.startsWith(`${registry}/`)
      ? `${registry}/${repository}`
      : repository;
  const tag = scalar(value.tag);
  const digest = scalar(value.digest);
  const parsed = parseImage(
    `${full}${tag ? `:${tag}` : ''}${
      digest && !(tag ?? '').includes('@') ? `@${digest}` : ''
    }`,
  );
  return parsed;
}
