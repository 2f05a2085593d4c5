import { stringify } from 'yaml';
import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

const ks = (name: string, extra: Record<string, unknown>) =>
  stringify({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system' },
    spec: {
      path: `./apps/${name}/app`,
      sourceRef: { kind: 'GitRepository', name: 'flux-system' },
      ...extra,
    },
  });

/** A Flux app whose component (a shared PVC template) and HelmRelease use postBuild variables. */
const tree = new MapFileTree({
  'apps/plex/ks.yaml': ks('plex', {
    targetNamespace: 'media',
    components: ['../../../components/volsync'],
    postBuild: { substitute: { APP: 'plex', CLAIM_SIZE: '' } },
  }),
  'apps/plex/app/kustomization.yaml': stringify({
    resources: ['helmrelease.yaml'],
  }),
  'apps/plex/app/helmrelease.yaml': stringify({
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: '${APP}' },
    spec: {
      chart: {
        spec: {
          chart: 'plex',
          version: '1.0.0',
          sourceRef: { kind: 'HelmRepository', name: 'charts' },
        },
      },
      values: {
        ingress: { main: { hosts: [{ host: '${APP}.${SECRET_DOMAIN}' }] } },
      },
    },
  }),
  'components/volsync/kustomization.yaml': stringify({
    apiVersion: 'kustomize.config.k8s.io/v1alpha1',
    kind: 'Component',
    resources: ['pvc.yaml'],
  }),
  'components/volsync/pvc.yaml': stringify({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: '${APP}-data' },
    spec: {
      storageClassName: '${STORAGE_CLASS:-${DEFAULT_CLASS:=ceph-block}}',
      resources: { requests: { storage: '${CLAIM_SIZE:-5Gi}' } },
    },
  }),
});

describe('Flux substitution through components and nested defaults', () => {
  const { services } = readRepository(tree);

  it('substitutes the files a component pulls in, nested defaults included', () => {
    expect(services.map(s => s.id)).toEqual(['plex']);
    expect(services[0].volumes).toEqual([
      {
        claim: 'plex-data',
        namespace: 'media',
        storageClass: 'ceph-block',
        size: '5Gi',
        source: 'PersistentVolumeClaim',
        file: 'components/volsync/pvc.yaml',
      },
    ]);
  });

  it('keeps a host whose variable is not defined, the variable visible', () => {
    expect(services[0].hosts).toEqual([
      {
        host: 'plex.${SECRET_DOMAIN}',
        source: 'helm-values',
        file: 'apps/plex/app/helmrelease.yaml',
      },
    ]);
  });
});
