import type { CustomResourceMatcher } from '@backstage/plugin-kubernetes-common';
import { ObjectRef } from '../model/types';

/** The Flux and Argo CD objects the overview reads (GA Flux APIs). */
export const DELIVERY_RESOURCES: CustomResourceMatcher[] = [
  { group: 'helm.toolkit.fluxcd.io', apiVersion: 'v2', plural: 'helmreleases' },
  {
    group: 'kustomize.toolkit.fluxcd.io',
    apiVersion: 'v1',
    plural: 'kustomizations',
  },
  { group: 'argoproj.io', apiVersion: 'v1alpha1', plural: 'applications' },
];

/** The beta Flux APIs, read when a cluster does not serve the GA ones (Flux 2.2 and older). */
export const LEGACY_FLUX_RESOURCES: CustomResourceMatcher[] = [
  {
    group: 'helm.toolkit.fluxcd.io',
    apiVersion: 'v2beta2',
    plural: 'helmreleases',
  },
  {
    group: 'kustomize.toolkit.fluxcd.io',
    apiVersion: 'v1beta2',
    plural: 'kustomizations',
  },
];

const FLUX_TYPES: Record<
  string,
  { group: string; versions: string[]; plural: string }
> = {
  HelmRelease: {
    group: 'helm.toolkit.fluxcd.io',
    versions: ['v2', 'v2beta2'],
    plural: 'helmreleases',
  },
  Kustomization: {
    group: 'kustomize.toolkit.fluxcd.io',
    versions: ['v1', 'v1beta2'],
    plural: 'kustomizations',
  },
};

/** Whether the object is a Flux object the views can reconcile, suspend and resume. */
export function isFluxObject(ref: ObjectRef): boolean {
  return ref.kind in FLUX_TYPES && Boolean(ref.namespace);
}

/**
 * The Kubernetes API paths of a Flux object, at the version it was read with first, then
 * at the other served versions.
 */
export function fluxObjectPaths(ref: ObjectRef): string[] {
  const type = FLUX_TYPES[ref.kind];
  if (!type || !ref.namespace)
    throw new Error(`${ref.kind} ${ref.name} is not a namespaced Flux object`);
  const known = ref.apiVersion?.startsWith(`${type.group}/`)
    ? ref.apiVersion.split('/')[1]
    : undefined;
  const versions = known
    ? [known, ...type.versions.filter(v => v !== known)]
    : type.versions;
  const enc = encodeURIComponent;
  return versions.map(
    v =>
      `/apis/${type.group}/${v}/namespaces/${enc(ref.namespace!)}/${
        type.plural
      }/${enc(ref.name)}`,
  );
}
