import { z } from 'zod';
import { dnsLabel } from '../../specs/names';

/**
 * A repository convention as data: the document a team writes in
 * `.homeport/profile.yaml` of its GitOps repository or under `homeport.profiles` in
 * app-config.yaml, and the one `homeport profile infer` drafts from the repository's own
 * apps. Paths and names are templates: `{app}` is the app's name, `{namespace}` its
 * namespace, `{domain}` the profile's domain.
 *
 * A document either names a built-in convention that is code (`base:` with `options:`)
 * or says everything itself (`renderer: flux-helm`), rendered by one data-driven engine.
 */

/** A path or name template with `{app}`, `{namespace}` and `{domain}` placeholders. */
const template = z
  .string()
  .min(1)
  .max(300)
  .refine(t => !t.startsWith('/') && !t.split('/').includes('..'), 'templates must be relative paths without ..')
  .refine(t => /^[^{}]*(\{(app|namespace|domain)\}[^{}]*)*$/.test(t), {
    message: 'templates may only use the placeholders {app}, {namespace} and {domain}',
  });

/** A file name template inside the app's manifests folder (no folders). */
const fileName = template.refine(t => !t.includes('/'), 'file names must not contain /');

/** A Flux source reference. */
const sourceRef = z
  .object({
    kind: z.enum(['GitRepository', 'OCIRepository', 'HelmRepository', 'Bucket']),
    name: z.string().min(1),
    namespace: z.string().min(1).optional(),
  })
  .strict();

/** Where an app's files go and what they are called. */
const layout = z
  .object({
    /** The app's folder, such as `kubernetes/apps/{namespace}/{app}` or `kubernetes/{namespace}/{app}`. */
    appFolder: template,
    /** The folder under `appFolder` holding the manifests (`app`), or `''` for the app folder itself. */
    manifestsDir: z.string().regex(/^([A-Za-z0-9._-]+)?$/, 'manifestsDir must be one folder name or empty').default(''),
    /** Whether the manifests folder has a `kustomization.yaml` listing its files. */
    kustomization: z.boolean().default(true),
    /** How a kustomization lists a file: `./helmrelease.yaml` or `helmrelease.yaml`. */
    resourcePrefix: z.enum(['./', '']).default('./'),
    /** Whether objects carry `metadata.namespace` (else the registration's targetNamespace sets it). */
    namespaceInMetadata: z.boolean().default(false),
    files: z
      .object({
        helmRelease: fileName.default('helmrelease.yaml'),
        chartSource: fileName.default('ocirepository.yaml'),
        externalSecret: fileName.default('externalsecret.yaml'),
        volume: fileName.default('pvc.yaml'),
        database: fileName.default('database.yaml'),
        /** The app's `catalog-info.yaml` in the app folder; `''` writes none. */
        catalogInfo: z.string().regex(/^([A-Za-z0-9._-]+\.ya?ml)?$/).default('catalog-info.yaml'),
      })
      .strict()
      .default({}),
    /**
     * A `# yaml-language-server: $schema=...` comment above each new object, by kind
     * (`HelmRelease`, `Kustomization`, ...), as the repository's own files have them.
     */
    schemaComments: z.record(z.string().url()).default({}),
  })
  .strict();

/** How a new app becomes part of what the engine applies. */
const registration = z
  .object({
    /**
     * `flux-kustomization`: a Flux Kustomization (`ks.yaml`) in the app folder, listed in
     * a kustomization; `kustomization-entry`: the app folder listed in a kustomization;
     * `none`: the engine applies the whole tree (a Flux Kustomization over the folder).
     */
    type: z.enum(['flux-kustomization', 'kustomization-entry', 'none']),
    /** The kustomization that lists the app (`kubernetes/apps/{namespace}/kustomization.yaml`). */
    list: template.optional(),
    /** The entry it gets (`./{app}/ks.yaml`, `./{app}`). */
    entry: template.optional(),
    /** The app's Flux Kustomization (type `flux-kustomization`). */
    fluxKustomization: z
      .object({
        file: fileName.default('ks.yaml'),
        /** Fields of the Kustomization's `spec` every app shares (interval, prune, sourceRef, wait, timeout...). */
        spec: z.record(z.unknown()).default({}),
        /** Set `targetNamespace: {namespace}`. */
        targetNamespace: z.boolean().default(true),
        /** A `postBuild.substitute` key set to the app's name (`APP`), or none. */
        substituteApp: z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional(),
        /** Components every new app-template app includes, relative to the manifests folder. */
        components: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.type !== 'none' && (!r.list || !r.entry)) {
      ctx.addIssue({ code: 'custom', message: `registration ${r.type} needs list and entry`, path: ['list'] });
    }
    if (r.type === 'flux-kustomization' && !r.fluxKustomization) {
      ctx.addIssue({ code: 'custom', message: 'registration flux-kustomization needs fluxKustomization', path: ['fluxKustomization'] });
    }
  });

/** The chart image apps are a HelmRelease of (bjw-s app-template), and how charts are sourced. */
const chart = z
  .object({
    name: z.string().default('app-template'),
    url: z.string().regex(/^(oci|https?):\/\//).default('oci://ghcr.io/bjw-s-labs/helm/app-template'),
    version: z.string().min(1),
    /**
     * `per-app`: an OCIRepository (or HelmRepository) beside each HelmRelease, named after
     * the app; `shared`: a `chartRef` to one source every app uses.
     */
    source: z.enum(['per-app', 'shared']).default('per-app'),
    shared: sourceRef.optional(),
    /** Fields of a per-app OCIRepository's `spec` besides `url` and `ref` (interval, layerSelector). */
    ociRepository: z.record(z.unknown()).default({ interval: '15m' }),
    /** The names app-template values use: controller `{app}`, container `app`, service `app`. */
    controller: template.default('{app}'),
    container: dnsLabel('container name').default('app'),
    service: dnsLabel('service key').default('app'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.source === 'shared' && !c.shared) {
      ctx.addIssue({ code: 'custom', message: 'chart.source shared needs chart.shared', path: ['shared'] });
    }
  });

const parentRef = z
  .object({ name: z.string().min(1), namespace: z.string().min(1).optional(), sectionName: z.string().min(1).optional() })
  .strict();

/** How an HTTP exposure is written. */
const exposure = z
  .object({
    /** `route`: app-template `route:` values (Gateway API); `ingress`: app-template `ingress:` values. */
    style: z.enum(['route', 'ingress']),
    parentRefs: z.array(parentRef).default([]),
    className: z.string().optional(),
    annotations: z.record(z.string()).default({}),
    /** The default host of an app: `{app}.{domain}`, or `{{ .Release.Name }}.{domain}` as onedr0p writes it. */
    hostname: z.string().default('{app}.{domain}'),
    /** Whether a new host owes a DNS record by hand (no external-dns in the repository). */
    dnsStep: z.boolean().default(true),
  })
  .strict();

/** How a secret spec is written. */
const secrets = z
  .object({
    style: z.enum(['external-secret']).default('external-secret'),
    apiVersion: z.string().default('external-secrets.io/v1'),
    store: z.object({ kind: z.enum(['ClusterSecretStore', 'SecretStore']), name: z.string().min(1) }).strict(),
    /** `extract`: `dataFrom.extract.key` = the path; `properties`: one `data` entry per key. */
    pattern: z.enum(['extract', 'properties']).default('extract'),
    refreshInterval: z.string().optional(),
    creationPolicy: z.enum(['Owner', 'Merge', 'None', 'Orphan']).optional(),
  })
  .strict();

/** Storage classes for the two volume classes of a volume spec. */
const storage = z
  .object({
    fast: z.string().min(1),
    bulk: z.string().min(1).optional(),
    accessMode: z.enum(['ReadWriteOnce', 'ReadWriteOncePod', 'ReadWriteMany']).default('ReadWriteOnce'),
  })
  .strict();

/** How a Postgres spec is answered. */
const postgres = z.discriminatedUnion('style', [
  z.object({ style: z.literal('none'), reason: z.string().optional() }).strict(),
  /** A database in a shared CloudNativePG cluster, created by an init container (billimek's `postgres-init`). */
  z
    .object({
      style: z.literal('shared-cnpg'),
      cluster: dnsLabel('cluster'),
      namespace: dnsLabel('namespace'),
      initImage: z.object({ repository: z.string().min(1), tag: z.string().min(1) }).strict(),
      /** The store item holding the superuser password (`cloudnative-pg`), and its key (`POSTGRES_SUPER_PASS`). */
      superuserItem: z.string().min(1),
      superuserKey: z.string().min(1),
    })
    .strict(),
  /** A CloudNativePG `Cluster` per app in its manifests folder. */
  z
    .object({
      style: z.literal('cnpg-cluster'),
      instances: z.number().int().min(1).max(9).default(1),
      imageName: z.string().optional(),
    })
    .strict(),
]);

/** How a Redis spec is answered. */
const redis = z.discriminatedUnion('style', [
  z.object({ style: z.literal('none'), reason: z.string().optional() }).strict(),
  /** A second app-template controller in the app's own HelmRelease, with its Service. */
  z
    .object({
      style: z.literal('app-template-controller'),
      image: z.object({ repository: z.string().min(1), tag: z.string().min(1) }).strict(),
    })
    .strict(),
]);

/** GPUs: DRA claims (a ResourceClaimTemplate) or device-plugin resources. */
const gpu = z.discriminatedUnion('style', [
  z.object({ style: z.literal('none'), reason: z.string().optional() }).strict(),
  z.object({ style: z.literal('dra'), deviceClasses: z.record(z.enum(['amd', 'nvidia', 'intel']), z.string()).default({}) }).strict(),
  z.object({ style: z.literal('device-plugin') }).strict(),
]);

/** The data-driven convention: a Flux HelmRelease per app. */
export const fluxHelmProfileSpec = z
  .object({
    renderer: z.literal('flux-helm'),
    engine: z.literal('flux').default('flux'),
    domain: z.string().min(1),
    defaultNamespace: dnsLabel('namespace').default('default'),
    /** `existing`: apps join namespaces whose folder exists; nothing creates one. */
    namespaces: z.enum(['existing']).default('existing'),
    defaultOwner: z.string().default('group:default/platform'),
    interval: z.string().default('1h'),
    layout,
    registration,
    chart,
    exposure: exposure.optional(),
    secrets: secrets.optional(),
    storage: storage.optional(),
    postgres: postgres.default({ style: 'none' }),
    redis: redis.default({ style: 'none' }),
    gpu: gpu.default({ style: 'none' }),
    /** `# renovate: ...` comments are not written where the update bot reads the values itself. */
    updateBot: z.object({ tool: z.enum(['renovate', 'none']), comment: z.string().optional() }).strict().default({ tool: 'none' }),
  })
  .strict();
export type FluxHelmProfileSpec = z.infer<typeof fluxHelmProfileSpec>;

/** A built-in convention that is code, with its options. */
export const builtinProfileSpec = z
  .object({
    base: z.string().min(1),
    options: z.record(z.unknown()).default({}),
  })
  .strict();

/**
 * The profile document.
 *
 * @public
 */
export const profileDocument = z
  .object({
    apiVersion: z.literal('homeport.dev/v1alpha1'),
    kind: z.literal('Profile'),
    metadata: z
      .object({
        name: dnsLabel('profile name'),
        title: z.string().max(200).optional(),
        description: z.string().max(2000).optional(),
      })
      .strict(),
    spec: z.union([fluxHelmProfileSpec, builtinProfileSpec]),
  })
  .strict();
export type ProfileDocument = z.infer<typeof profileDocument>;
/** The document as written, before defaults. */
export type ProfileDocumentInput = z.input<typeof profileDocument>;
