import { demo, edit, lintRule, withFiles } from '../../testing';

const ID = 'flux-lvm-openbao/chart-version';

const oci = (ref: string) => `---
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: homepage
  namespace: homepage
spec:
  url: oci://ghcr.io/m0nsterrr/helm-charts/homepage
  ref:
    ${ref}
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: homepage
  namespace: homepage
spec:
  chartRef:
    kind: OCIRepository
    name: homepage
`;

describe('flux-lvm-openbao/chart-version', () => {
  it('passes on exact versions (HelmRepository chart, OCIRepository tag)', () => {
    expect(lintRule(ID, withFiles(demo(), { 'apps/homepage/release.yaml': oci('tag: 4.2.0') }))).toEqual([]);
  });

  it('reports a range and a missing version', () => {
    expect(lintRule(ID, edit(demo(), 'apps/podinfo/release.yaml', ['version: 6.9.1', 'version: ">=6.9.0"']))).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 23, message: "HelmRelease podinfo pins chart version '>=6.9.0', which is not an exact version" },
    ]);
    expect(lintRule(ID, edit(demo(), 'apps/podinfo/release.yaml', ['      version: 6.9.1\n', '']))).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 22, message: 'HelmRelease podinfo sets no chart version: Flux installs whatever is newest' },
    ]);
  });

  it('reports an OCIRepository that follows a range', () => {
    expect(lintRule(ID, withFiles(demo(), { 'apps/homepage/release.yaml': oci('semver: ">=4.0.0"') }))).toEqual([
      { file: 'apps/homepage/release.yaml', line: 10, message: "OCIRepository homepage follows the range '>=4.0.0' for HelmRelease homepage" },
    ]);
  });
});

describe('flux-lvm-openbao/chart-version: versions set by overlays', () => {
  it('judges the overlay patch that sets the version, not the base without one', () => {
    let tree = edit(demo(), 'apps/podinfo/release.yaml', ['      version: 6.9.1\n', '']);
    tree = withFiles(tree, {
      'overlays/production/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../apps/podinfo\npatches:\n  - path: podinfo-values.yaml\n    target: { kind: HelmRelease }\n',
      'overlays/production/podinfo-values.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: { name: podinfo, namespace: podinfo }\nspec:\n  chart:\n    spec:\n      version: ">=6.0.0"\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'overlays/production/podinfo-values.yaml', line: 7, message: "HelmRelease podinfo pins chart version '>=6.0.0', which is not an exact version" },
    ]);
    expect(lintRule(ID, withFiles(tree, { 'overlays/production/kustomization.yaml': undefined, 'overlays/production/podinfo-values.yaml': undefined }))).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 22, message: 'HelmRelease podinfo sets no chart version: Flux installs whatever is newest' },
    ]);
  });
});
