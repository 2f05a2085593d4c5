import { ConfigReader } from '@backstage/config';
import { MapFileTree } from '@homeport/plugin-gitops-common';
import { lintOptionsFromConfig } from './lintOptionsFromConfig';
import { profileFromConfig, resolveProfileFromConfig } from './profileFromConfig';

describe('profileFromConfig', () => {
  it('applies the options under homeport.profiles.<id>', () => {
    const profile = profileFromConfig(
      new ConfigReader({ homeport: { profiles: { 'flux-lvm-openbao': { domain: 'lab.example.com' } } } }),
      'flux-lvm-openbao',
    );
    expect(profile.defaults).toEqual({ domain: 'lab.example.com' });
  });

  it('uses the defaults without options', () => {
    expect(profileFromConfig(new ConfigReader({}), 'flux-lvm-openbao').defaults).toEqual({
      domain: 'lumpiasty.xyz',
    });
  });

  it('refuses options of the wrong type', () => {
    expect(() =>
      profileFromConfig(
        new ConfigReader({ homeport: { profiles: { 'flux-lvm-openbao': { domain: 7 } } } }),
        'flux-lvm-openbao',
      ),
    ).toThrow(/Expected string, received number/);
  });
});

describe('resolveProfileFromConfig', () => {
  const onedr0pLike = new MapFileTree({
    'kubernetes/apps/default/kustomization.yaml': 'resources:\n  - ./echo/ks.yaml\n',
    'kubernetes/apps/default/echo/ks.yaml':
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: echo\nspec:\n  interval: 1h\n  path: ./kubernetes/apps/default/echo/app\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  targetNamespace: default\n',
    'kubernetes/apps/default/echo/app/kustomization.yaml': 'resources:\n  - ./helmrelease.yaml\n',
    'kubernetes/apps/default/echo/app/helmrelease.yaml':
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: echo\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: app-template\n    namespace: flux-system\n  interval: 1h\n  values:\n    controllers:\n      echo:\n        containers:\n          app:\n            image:\n              repository: ghcr.io/mendhak/http-https-echo\n              tag: "37"\n    route:\n      app:\n        hostnames: [echo.lab.example]\n        parentRefs: [{ name: internal, namespace: network }]\n',
    'kubernetes/flux/repositories/app-template.yaml':
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: app-template\n  namespace: flux-system\nspec:\n  url: oci://ghcr.io/bjw-s-labs/helm/app-template\n  ref:\n    tag: 5.1.0\n',
    'kubernetes/flux/cluster.yaml':
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: cluster-apps\n  namespace: flux-system\nspec:\n  path: ./kubernetes/apps\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n',
  });

  it('infers the profile of an auto repository from its apps', () => {
    const resolved = resolveProfileFromConfig(new ConfigReader({}), 'auto', onedr0pLike);
    expect(resolved.source).toBe('inferred');
    expect(resolved.profile.id).toBe('inferred');
    expect(resolved.profile.defaults).toEqual({ domain: 'lab.example', namespace: 'default' });
  });

  it('takes a whole profile document from homeport.profiles', () => {
    const config = new ConfigReader({
      homeport: { profiles: { lab: { apiVersion: 'homeport.dev/v1alpha1', kind: 'Profile', metadata: { name: 'lab' }, spec: { base: 'flux-app-template', options: { domain: 'lab.example' } } } } },
    });
    expect(profileFromConfig(config, 'lab').defaults).toEqual({ domain: 'lab.example', namespace: 'default' });
    expect(lintOptionsFromConfig(config, 'lab')).toEqual({ profile: 'flux-app-template', profileOptions: { domain: 'lab.example' }, rules: {} });
  });

  it('needs the files for auto, and names a bad document', () => {
    expect(() => profileFromConfig(new ConfigReader({}), 'auto')).toThrow("Profile 'auto' is read from the repository: its files are needed");
    const bad = new ConfigReader({ homeport: { profiles: { lab: { apiVersion: 'homeport.dev/v1alpha1', kind: 'Profile', metadata: { name: 'lab' }, spec: { renderer: 'flux-helm' } } } } });
    expect(() => profileFromConfig(bad, 'lab')).toThrow(/^homeport\.profiles\.lab is not a valid Homeport profile: /);
  });
});
