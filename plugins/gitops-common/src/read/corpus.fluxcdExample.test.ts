import {
  chartRow,
  expectAllRows,
  readCorpus,
  TruthRow,
} from './__fixtures__/corpusTruth';

function release(
  app: string,
  name: string,
  namespace: string,
  chart: string,
  version: string,
  hosts: string[] = [],
): TruthRow {
  return chartRow(
    app,
    namespace,
    { kind: 'HelmRelease', name },
    { name: chart, version },
    hosts,
  );
}

/**
 * fluxcd/flux2-kustomize-helm-example (own corpus, SOURCE.txt): two clusters,
 * `clusters/production` and `clusters/staging`, each with Flux Kustomizations on
 * ExternalArtifacts that an ArtifactGenerator copies from `apps/` and
 * `infrastructure/`; `apps/<cluster>` overlays `apps/base/podinfo` with a HelmRelease
 * patch (chart version, hostnames). Each cluster is a dimension: the same app in both
 * is two services.
 */
const ROWS: TruthRow[] = [
  release('podinfo-production', 'podinfo', 'podinfo', 'podinfo', '>=1.0.0', [
    'podinfo.production',
  ]),
  release('podinfo-staging', 'podinfo', 'podinfo', 'podinfo', '>=1.0.0-alpha', [
    'podinfo.staging',
  ]),
  release(
    'cert-manager-production',
    'cert-manager',
    'cert-manager',
    'cert-manager',
    '1.x',
  ),
  release(
    'cert-manager-staging',
    'cert-manager',
    'cert-manager',
    'cert-manager',
    '1.x',
  ),
  release(
    'envoy-gateway-production',
    'envoy-gateway',
    'envoy-gateway-system',
    'gateway-helm',
    '>= 1.8.0-rc.0',
  ),
  release(
    'envoy-gateway-staging',
    'envoy-gateway',
    'envoy-gateway-system',
    'gateway-helm',
    '>= 1.8.0-rc.0',
  ),
];

describe('readRepository on fluxcd/flux2-kustomize-helm-example', () => {
  const { model, ms, service } = readCorpus(
    'fluxcd__flux2-kustomize-helm-example',
    true,
  );

  it('finds the ground-truth rows', () => {
    expectAllRows('fluxcd/flux2-kustomize-helm-example', model, ROWS, ms);
    expect(model.services.map(s => s.id)).toEqual(ROWS.map(r => r.app).sort());
  });

  it('keeps the cluster as a dimension, and the overlay patches are no workloads', () => {
    expect(model.clusters).toEqual(['production', 'staging']);
    expect(service('podinfo-staging').cluster).toBe('staging');
    expect(service('podinfo-production').cluster).toBe('production');
    expect(model.warnings).toEqual([]);
    expect(service('podinfo-staging').files).toEqual([
      'apps/base/podinfo/kustomization.yaml',
      'apps/base/podinfo/namespace.yaml',
      'apps/base/podinfo/release.yaml',
      'apps/base/podinfo/repository.yaml',
      'apps/staging/kustomization.yaml',
      'apps/staging/podinfo-values.yaml',
      'clusters/staging/apps.yaml',
    ]);
  });
});
