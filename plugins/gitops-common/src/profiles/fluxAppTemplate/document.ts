import { ProfileDocumentInput } from '../document/schema';

export const FLUX_APP_TEMPLATE = 'flux-app-template';

const SCHEMAS = 'https://k8s-schemas.home-operations.com';

/**
 * The `flux-app-template` built-in as a document: the onedr0p / bjw-s layout. Each app
 * is `kubernetes/apps/<namespace>/<app>/ks.yaml` (a Flux Kustomization listed in
 * `kubernetes/apps/<namespace>/kustomization.yaml`) plus `app/` with a HelmRelease of
 * bjw-s app-template from its own OCIRepository, ExternalSecrets from 1Password, routes
 * to Envoy Gateway, Rook-Ceph volumes. Every field can be changed under
 * `homeport.profiles.flux-app-template`, or replaced by the repository's
 * `.homeport/profile.yaml`.
 */
export const FLUX_APP_TEMPLATE_DOCUMENT: ProfileDocumentInput = {
  apiVersion: 'homeport.dev/v1alpha1',
  kind: 'Profile',
  metadata: {
    name: FLUX_APP_TEMPLATE,
    title: 'Flux ks.yaml + app-template HelmRelease (onedr0p / bjw-s style)',
  },
  spec: {
    renderer: 'flux-helm',
    domain: 'example.com',
    defaultNamespace: 'default',
    interval: '1h',
    layout: {
      appFolder: 'kubernetes/apps/{namespace}/{app}',
      manifestsDir: 'app',
      kustomization: true,
      resourcePrefix: './',
      namespaceInMetadata: false,
      files: {
        helmRelease: 'helmrelease.yaml',
        chartSource: 'ocirepository.yaml',
        externalSecret: 'externalsecret.yaml',
        volume: 'pvc.yaml',
        database: 'database.yaml',
        catalogInfo: 'catalog-info.yaml',
      },
      schemaComments: {
        'helm.toolkit.fluxcd.io/HelmRelease':
          'https://raw.githubusercontent.com/bjw-s-labs/helm-charts/main/charts/other/app-template/schemas/helmrelease-helm-v2.schema.json',
        'kustomize.config.k8s.io/Kustomization': 'https://json.schemastore.org/kustomization',
        'kustomize.toolkit.fluxcd.io/Kustomization': `${SCHEMAS}/kustomize.toolkit.fluxcd.io/kustomization_v1.json`,
        'source.toolkit.fluxcd.io/OCIRepository': `${SCHEMAS}/source.toolkit.fluxcd.io/ocirepository_v1.json`,
        'external-secrets.io/ExternalSecret': `${SCHEMAS}/external-secrets.io/externalsecret_v1.json`,
      },
    },
    registration: {
      type: 'flux-kustomization',
      list: 'kubernetes/apps/{namespace}/kustomization.yaml',
      entry: './{app}/ks.yaml',
      fluxKustomization: {
        file: 'ks.yaml',
        spec: {
          interval: '1h',
          prune: true,
          sourceRef: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' },
          wait: false,
        },
        targetNamespace: true,
        substituteApp: 'APP',
        components: [],
      },
    },
    chart: {
      name: 'app-template',
      url: 'oci://ghcr.io/bjw-s-labs/helm/app-template',
      version: '5.1.0',
      source: 'per-app',
      ociRepository: {
        interval: '15m',
        layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: 'copy' },
      },
      controller: '{app}',
      container: 'app',
      service: 'app',
    },
    exposure: {
      style: 'route',
      parentRefs: [{ name: 'envoy-internal', namespace: 'network' }],
      hostname: '{{ .Release.Name }}.{domain}',
      dnsStep: false,
    },
    secrets: {
      style: 'external-secret',
      apiVersion: 'external-secrets.io/v1',
      store: { kind: 'ClusterSecretStore', name: 'onepassword-connect' },
      pattern: 'extract',
    },
    storage: { fast: 'ceph-block', accessMode: 'ReadWriteOnce' },
    postgres: { style: 'cnpg-cluster', instances: 1 },
    redis: { style: 'app-template-controller', image: { repository: 'docker.io/valkey/valkey', tag: '8.1.4' } },
    gpu: { style: 'dra', deviceClasses: { intel: 'gpu.intel.com', amd: 'gpu.amd.com', nvidia: 'gpu.nvidia.com' } },
    updateBot: { tool: 'renovate' },
  },
};
