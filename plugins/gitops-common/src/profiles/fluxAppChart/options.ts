import { z } from 'zod';

/** Seed 001's tag scheme: `v<N>_<sha7>_<YYYY-MM-DDTHH.MM.SSZ>`, the `N` in group `major`. */
const TAG_FORMAT = String.raw`^v(?<major>\d+)_[a-fA-F0-9]{7}_\d{4}-\d{2}-\d{2}T\d{2}\.\d{2}\.\d{2}Z$`;

const regexSource = z.string().refine(source => {
  try {
    return new RegExp(source).source.includes('(?<major>');
  } catch {
    return false;
  }
}, 'tagFormat must be a regular expression with a named group (?<major>...)');

/**
 * Options of the `flux-app-chart` profile (seed 001), as a team sets them under
 * `homeport.profiles.flux-app-chart` in app-config.yaml. Defaults are those of
 * public-transport/infrastructure: `kubernetes/apps/example-app/release.yaml`, the chart
 * in `kubernetes/.charts/simple-app`, `kubernetes/clusters/tilia/*.yaml` and the readme.
 *
 * @public
 */
export const fluxAppChartOptions = z
  .object({
    /** One folder per app, registered in its `kustomization.yaml`. */
    appsDir: z.string().default('kubernetes/apps'),
    /** Domain of the default host `<app>.<domain>` of an http spec without a host. */
    domain: z.string().default('infra.public-transport.earth'),
    /** The in-house chart every app is a HelmRelease of. */
    chart: z
      .object({
        name: z.string().default('simple-app'),
        /** A range, as example-app has it: the chart's CI publishes new minor versions. */
        version: z.string().default('^3.2.2'),
        sourceRef: z
          .object({
            kind: z
              .enum(['HelmRepository', 'GitRepository', 'Bucket'])
              .default('HelmRepository'),
            name: z.string().default('charts'),
            namespace: z.string().default('flux-system'),
          })
          .default({}),
        /** The chart's own `replicas` and `minAvailable` (values.yaml); written only when they differ. */
        defaultReplicas: z.number().int().min(0).default(2),
        defaultMinAvailable: z.number().int().min(0).default(1),
      })
      .default({}),
    interval: z.string().default('5m'),
    /** Where the HelmRelease objects live; the chart puts the app's objects in namespace `<app>`. */
    releaseNamespace: z.string().default('app-releases'),
    /** Namespace of the chart's ImagePolicy, named in the `$imagepolicy` setter comments. */
    imagePolicyNamespace: z.string().default('flux-system'),
    /** Tags the image automation can follow; the major version in group `major`. */
    tagFormat: regexSource.default(TAG_FORMAT),
    /** How error messages describe `tagFormat`. */
    tagDescription: z
      .string()
      .default(
        'v<N>_<sha7>_<YYYY-MM-DDTHH.MM.SSZ> (such as v1_abcdef0_2021-10-08T12.44.03Z)',
      ),
    /** The chart's `image.tagUpdatePattern` for major `{major}` (readme, "Updating existing apps"). */
    tagUpdatePattern: z
      .string()
      .default('^v{major}_[a-fA-F0-9]{7}_(?P<datetime>.*)Z$'),
    /** The major version the chart's default `tagUpdatePattern` follows. */
    defaultMajor: z.string().regex(/^\d+$/).default('1'),
    /** SOPS-encrypted Secrets of the apps (Flux Kustomization `app-secrets`). */
    secretsDir: z.string().default('kubernetes/secrets/apps'),
    /** The public key anyone encrypts with, and the SOPS config beside it. */
    sopsPublicKey: z.string().default('kubernetes/secrets/.sops.pub.asc'),
    sopsConfig: z.string().default('kubernetes/secrets/.sops.yaml'),
    /** Namespaces defined here are taken: the chart creates a namespace named after the app. */
    infrastructureDir: z.string().default('kubernetes/infrastructure'),
    /** Where app owners point their host names (readme, step 7). */
    dns: z
      .object({
        target: z
          .string()
          .default('tilia.cluster.infra.public-transport.earth'),
        /** Records for names that cannot be a CNAME (a zone apex); `''` for none. */
        ipv4: z.string().default('142.132.243.125'),
        ipv6: z.string().default('2a01:4f8:c01e:71c::1'),
      })
      .default({}),
    /** The repository whose CI workflow tags images as the automation expects. */
    ciExample: z
      .string()
      .default('https://github.com/public-transport/example-deployment'),
    /** The nodes' platform (Hetzner cax21 in cloud-resources/hetzner-k8s.tf are arm64). */
    imagePlatform: z.string().default('linux/arm64'),
    owner: z.string().default('group:default/platform'),
    /**
     * The chart labels its pods only `app: <app>`: add `backstage.io/kubernetes-id` to the
     * Deployment's pod template with a Flux post-renderer patch.
     */
    labelPods: z.boolean().default(true),
  })
  .default({});
export type FluxAppChartOptions = z.infer<typeof fluxAppChartOptions>;
