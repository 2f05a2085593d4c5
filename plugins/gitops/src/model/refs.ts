import { KubeObject, ObjectRef } from './types';

/** The `backstage.io/kubernetes-id` label. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** The object's reference in a cluster. */
export function refOf(
  cluster: string,
  object: KubeObject,
  kind?: string,
): ObjectRef {
  return {
    cluster,
    kind: kind ?? object.kind ?? 'Unknown',
    ...(object.apiVersion ? { apiVersion: object.apiVersion } : {}),
    ...(object.metadata.namespace
      ? { namespace: object.metadata.namespace }
      : {}),
    name: object.metadata.name,
  };
}

/** `cluster/kind/namespace/name`, for keys and deduplication. */
export function refKey(ref: ObjectRef): string {
  return `${ref.cluster}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

/** `namespace/name`, or the name of a cluster-scoped object. */
export function displayName(ref: { namespace?: string; name: string }): string {
  return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}

/**
 * The Flux object that applied this one, from the labels kustomize-controller and
 * helm-controller put on everything they apply.
 */
export function appliedByOf(
  cluster: string,
  object: KubeObject,
): ObjectRef | undefined {
  const labels = object.metadata.labels ?? {};
  const ks = labels['kustomize.toolkit.fluxcd.io/name'];
  if (ks) {
    return {
      cluster,
      kind: 'Kustomization',
      namespace: labels['kustomize.toolkit.fluxcd.io/namespace'],
      name: ks,
    };
  }
  const hr = labels['helm.toolkit.fluxcd.io/name'];
  if (hr) {
    return {
      cluster,
      kind: 'HelmRelease',
      namespace: labels['helm.toolkit.fluxcd.io/namespace'],
      name: hr,
    };
  }
  return undefined;
}
