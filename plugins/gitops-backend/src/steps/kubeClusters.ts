import { Config } from '@backstage/config';

/** A cluster of the Kubernetes plugin's `config` cluster locator, as the step checks reach it. */
export interface KubeCluster {
  name: string;
  url: string;
  /** `serviceAccountToken` of a cluster with `authProvider: serviceAccount`. */
  token?: string;
  skipTLSVerify: boolean;
  caData?: string;
}

/**
 * The clusters of `kubernetes.clusterLocatorMethods` entries of type `config`: the same
 * clusters the Kubernetes backend shows the Workloads card from. Keys are the Kubernetes
 * plugin's own (its `config.d.ts` documents them).
 */
export function readKubeClusters(config: Config): KubeCluster[] {
  const methods = config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  return methods
    .filter(m => m.getString('type') === 'config')
    .flatMap(m => m.getOptionalConfigArray('clusters') ?? [])
    .map(c => ({
      name: c.getString('name'),
      url: c.getString('url'),
      token: c.getOptionalString('serviceAccountToken'),
      skipTLSVerify: c.getOptionalBoolean('skipTLSVerify') ?? false,
      caData: c.getOptionalString('caData'),
    }));
}
