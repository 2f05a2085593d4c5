const NOT_API_GROUPS = /^(kustomize\.config\.k8s\.io|backstage\.io|homeport\.dev)\//;

/**
 * Whether a manifest's `apiVersion` is one that never reaches a Kubernetes API server:
 * kustomize's own files, Backstage catalog descriptors, and Homeport's records (such as
 * the manual steps files). Schema validation skips these.
 *
 * @public
 */
export function isNonApiObject(apiVersion: string): boolean {
  return NOT_API_GROUPS.test(apiVersion);
}
