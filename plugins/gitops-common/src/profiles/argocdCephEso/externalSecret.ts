import { KUBERNETES_ID_LABEL } from '../../render/objects';
import { YamlObject } from '../../yaml/documents';
import { ArgocdCephEsoOptions } from './options';

/** One key of the target Secret and where it comes from in the store. */
export interface SecretKeyFrom {
  secretKey: string;
  key: string;
  property: string;
}

/**
 * The remote key of a secret in the store: `apps/<namespace>/<path>` by default, as the
 * corpus keys every app secret (`apps/productivity/vaultwarden-db-shared`).
 */
export function remoteKey(o: ArgocdCephEsoOptions, namespace: string, path: string): string {
  return o.secretStore.remoteKeyPattern.replace('{namespace}', namespace).replace('{path}', path);
}

/** Where the operator writes a remote key, as a path in the store (`kv/apps/...`). */
export function storePath(o: ArgocdCephEsoOptions, key: string): string {
  return `${o.secretStore.mount}/${key}`;
}

/**
 * An ExternalSecret as the corpus writes them: `external-secrets.io/v1`, sync wave -20
 * (before the workloads that read it), refreshed hourly from the ClusterSecretStore, the
 * Secret owned by the ExternalSecret, one `remoteRef` per key.
 */
export function externalSecretObject(
  o: ArgocdCephEsoOptions,
  options: {
    name: string;
    namespace: string;
    app: string;
    data: SecretKeyFrom[];
    /** `spec.target.template` (a Secret type, labels). */
    template?: YamlObject;
  },
): YamlObject {
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: {
      name: options.name,
      namespace: options.namespace,
      labels: { [KUBERNETES_ID_LABEL]: options.app },
      annotations: { 'argocd.argoproj.io/sync-wave': '-20' },
    },
    spec: {
      refreshInterval: o.secretStore.refreshInterval,
      secretStoreRef: { name: o.secretStore.name, kind: o.secretStore.kind },
      target: {
        name: options.name,
        creationPolicy: 'Owner',
        ...(options.template ? { template: options.template } : {}),
      },
      data: options.data.map(d => ({
        secretKey: d.secretKey,
        remoteRef: { key: d.key, property: d.property },
      })),
    },
  };
}
