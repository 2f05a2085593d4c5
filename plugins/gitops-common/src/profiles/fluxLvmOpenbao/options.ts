import { z } from 'zod';

const storageClass = z.object({
  storageClass: z.string(),
  volumeGroup: z.string(),
  /** Suffix of volume names on this class, as in `library-lvmhdd`. */
  suffix: z.string(),
});

/**
 * Options of the `flux-lvm-openbao` profile (seed 000), as a team sets them under
 * `homeport.profiles.flux-lvm-openbao` in app-config.yaml. Defaults are seed 000's.
 *
 * @public
 */
export const fluxLvmOpenbaoOptions = z
  .object({
    appsDir: z.string().default('apps'),
    domain: z.string().default('lumpiasty.xyz'),
    nodeName: z.string().default('anapistula-delrosalae'),
    fsType: z.string().default('btrfs'),
    storage: z
      .object({ fast: storageClass, bulk: storageClass })
      .default({
        fast: { storageClass: 'ssd-lvmpv', volumeGroup: 'openebs-ssd', suffix: 'lvmssd' },
        bulk: { storageClass: 'hdd-lvmpv', volumeGroup: 'openebs-hdd', suffix: 'lvmhdd' },
      }),
    lvmNamespace: z.string().default('openebs'),
    ingressClass: z.string().default('nginx-ingress'),
    clusterIssuer: z.string().default('letsencrypt'),
    vault: z
      .object({
        kvMount: z.string().default('secret'),
        authMount: z.string().default('kubernetes'),
        rolesDir: z.string().default('vault/kubernetes-auth-roles'),
        policiesDir: z.string().default('vault/policy'),
      })
      .default({}),
    talos: z
      .object({
        patchesDir: z.string().default('talos/patches'),
        makefile: z.string().default('Makefile'),
        target: z.string().default('gen-talos-config'),
      })
      .default({}),
    postgresImage: z.string().default('ghcr.io/cloudnative-pg/postgresql:17.4'),
    /** The valkey chart a Redis spec deploys per app (as klaster's immich does). */
    valkey: z
      .object({
        repositoryUrl: z.string().default('https://valkey.io/valkey-helm/'),
        chartVersion: z.string().default('0.11.0'),
      })
      .default({}),
    /** `renovate` puts `# renovate: depName=… registryUrl=…` after tags in Helm values. */
    updateBot: z.enum(['renovate', 'none']).default('renovate'),
    /** Where the operator configures the IPv4 port forward for LoadBalancers. */
    portForwardFile: z.string().default('ansible/roles/routeros/firewall.yml'),
    oidcIssuer: z.string().default('authentik'),
  })
  .default({});
export type FluxLvmOpenbaoOptions = z.infer<typeof fluxLvmOpenbaoOptions>;
