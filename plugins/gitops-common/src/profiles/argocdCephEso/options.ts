import { z } from 'zod';

const valkeyService = z.object({
  /** The shared release, as named in `cluster/platform/base/data/data-definitions/valkey/`. */
  name: z.string(),
  host: z.string(),
  port: z.number().int().default(6379),
  /** Remote key holding the shared password (`password` property), readable by any app. */
  passwordKey: z.string(),
});

/**
 * Options of the `argocd-ceph-eso` profile (seed 003), as a team sets them under
 * `homeport.profiles.argocd-ceph-eso` in app-config.yaml. Defaults are those of the
 * rrumana/k8s-homelab-2 repository (the seed's public repository, in the corpus).
 *
 * @public
 */
export const argocdCephEsoOptions = z
  .object({
    /** One folder per domain, one folder per app below it: `cluster/apps/<domain>/<app>/`. */
    appsRoot: z.string().default('cluster/apps'),
    /** The domain (namespace) an app lands in when its spec names none. */
    defaultDomain: z.string().default('other'),
    /** The workload namespaces apps may use; platform namespaces are not app domains. */
    domains: z.array(z.string()).default(['ai', 'media', 'other', 'productivity', 'web']),
    /** Where every Namespace is defined (seed 003: "All namespaces are defined centrally"). */
    namespacesDir: z.string().default('cluster/platform/base/namespaces'),
    argocd: z
      .object({
        /** One `Application` per app, listed in this folder's kustomization. */
        appsDir: z.string().default('cluster/platform/gitops/argocd/apps'),
        namespace: z.string().default('argocd'),
        project: z.string().default('default'),
        repoURL: z.string().default('https://github.com/rrumana/k8s-homelab-2.git'),
        targetRevision: z.string().default('main'),
        server: z.string().default('https://kubernetes.default.svc'),
        syncWave: z.string().default('10'),
      })
      .default({}),
    ingress: z
      .object({
        /** Every Ingress lives here, never in an app folder (seed 003, rule L32). */
        dir: z.string().default('cluster/apps/shared/ingress'),
        className: z.string().default('haproxy-restricted'),
        /** Source ranges the restricted class admits (only set for `restrictedClassName`). */
        restrictedClassName: z.string().default('haproxy-restricted'),
        restrictedSourceRange: z.string().default('192.168.0.0/16,172.16.0.0/12,10.0.0.0/8'),
        clusterIssuer: z.string().default('letsencrypt-prod'),
        domain: z.string().default('rcrumana.xyz'),
        /** What DNS names point at (the HAProxy LoadBalancer), for the DNS step. */
        address: z.string().default('192.168.1.230'),
        dnsProvider: z.string().default('Cloudflare'),
      })
      .default({}),
    secretStore: z
      .object({
        name: z.string().default('vault'),
        kind: z.enum(['ClusterSecretStore', 'SecretStore']).default('ClusterSecretStore'),
        /** KV mount of the store (`spec.provider.vault.path`), shown in the operator's steps. */
        mount: z.string().default('kv'),
        /** Remote key of an app's secret: `{namespace}` is the domain, `{path}` the spec's path. */
        remoteKeyPattern: z.string().default('apps/{namespace}/{path}'),
        refreshInterval: z.string().default('1h'),
      })
      .default({}),
    storage: z
      .object({
        fast: z
          .object({ storageClass: z.string(), accessMode: z.string() })
          .default({ storageClass: 'ceph-block', accessMode: 'ReadWriteOnce' }),
        bulk: z
          .object({ storageClass: z.string(), accessMode: z.string() })
          .default({ storageClass: 'ceph-filesystem', accessMode: 'ReadWriteMany' }),
        /** Where VolSync ReplicationSources for backed-up claims live, one file per domain. */
        backupDir: z.string().default('cluster/platform/base/backup/volsync/replicationsources'),
      })
      .default({}),
    postgres: z
      .object({
        /** One folder per shared CloudNativePG cluster. */
        dir: z.string().default('cluster/platform/base/data/data-definitions/postgres'),
        namespace: z.string().default('databases'),
        /** The shared cluster of each domain (blast-radius grouping). */
        clusters: z.record(z.string()).default({
          ai: 'pg-ai',
          media: 'pg-media',
          other: 'pg-other',
          productivity: 'pg-productivity',
          // The corpus has no pg-web; the web domain's apps join the catch-all cluster.
          web: 'pg-other',
        }),
        /** `{cluster}` and `{namespace}` are replaced. */
        hostPattern: z.string().default('{cluster}-rw.{namespace}.svc.cluster.local'),
        port: z.number().int().default(5432),
      })
      .default({}),
    valkey: z
      .object({ cache: valkeyService, queue: valkeyService })
      .default({
        cache: {
          name: 'valkey-cache',
          host: 'valkey-cache-primary.databases.svc.cluster.local',
          port: 6379,
          passwordKey: 'apps/databases/valkey-cache-auth',
        },
        queue: {
          name: 'valkey-queue',
          host: 'valkey-queue-primary.databases.svc.cluster.local',
          port: 6379,
          passwordKey: 'apps/databases/valkey-queue-auth',
        },
      }),
    loadBalancer: z
      .object({
        addressPool: z.string().default('default-pool'),
        /** The MetalLB pool's range; a new LoadBalancer gets its first address no file uses. */
        addresses: z.string().default('192.168.1.230-192.168.1.250'),
        pinAddress: z.boolean().default(true),
      })
      .default({}),
    gpu: z
      .object({
        /** Device-plugin resources of the GPU vendors the cluster has (AMD APUs only). */
        resources: z.record(z.string()).default({ amd: 'amd.com/gpu' }),
        /** llama-backend requests `amd.com/gpu`; immich ML is the privileged `/dev/dri` way. */
        defaultAccess: z.enum(['device-plugin', 'privileged']).default('device-plugin'),
      })
      .default({}),
    /**
     * Each domain's `shared/` folder distributes this pull secret; every app's
     * ServiceAccount uses it, as the corpus's do. `''` for none.
     */
    imagePullSecret: z.string().default('harbor-pull-creds'),
    /** Pod annotation `linkerd.io/inject: enabled`, as most of the corpus's apps have. */
    linkerdInject: z.boolean().default(true),
    /** A recommendation-only VerticalPodAutoscaler beside every Deployment, as the corpus has. */
    vpa: z.boolean().default(true),
  })
  .default({});
export type ArgocdCephEsoOptions = z.infer<typeof argocdCephEsoOptions>;
