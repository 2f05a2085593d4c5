import { parseImage } from './images';
import { arr, str } from './objects';
import { isRecord } from './yamlFile';

/** A kustomize `images:` entry: rewrites the images named `name`. */
export interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** The `images:` of a kustomization. */
export function readImageOverrides(kustomization: unknown): ImageOverride[] {
  const out: ImageOverride[] = [];
  for (const item of arr(kustomization, 'images')) {
    const name = str(item, 'name');
    if (!name) continue;
    out.push({
      name,
      newName: str(item, 'newName'),
      newTag: str(item, 'newTag'),
      digest: str(item, 'digest'),
    });
  }
  return out;
}

function applyOne(raw: string, override: ImageOverride): string {
  const image = parseImage(raw);
  if (override.name !== image.repository) return raw;
  const repository = override.newName ?? image.repository;
  if (override.digest) return `${repository}@${override.digest}`;
  if (override.newTag) return `${repository}:${override.newTag}`;
  return repository + raw.slice(image.repository.length);
}

/**
 * Applies overrides to one image reference as kustomize does: the innermost
 * kustomization's `images:` first (overrides are listed outermost first).
 */
export function overrideImage(
  raw: string,
  overrides: readonly ImageOverride[],
): string {
  return overrides.reduceRight(applyOne, raw);
}

/** Rewrites the container images of pod specs anywhere in an object (copying what it changes). */
export function overrideImagesDeep(
  value: unknown,
  overrides: readonly ImageOverride[],
  key = '',
): unknown {
  if (Array.isArray(value)) {
    const isContainers =
      key === 'containers' ||
      key === 'initContainers' ||
      key === 'ephemeralContainers';
    return value.map(item => {
      if (isContainers && isRecord(item) && typeof item.image === 'string') {
        return { ...item, image: overrideImage(item.image, overrides) };
      }
      return overrideImagesDeep(item, overrides);
    });
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = overrideImagesDeep(v, overrides, k);
    return out;
  }
  return value;
}
