import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

/**
 * onedr0p-style Flux: a cluster Kustomization over `apps`, a namespace folder listing
 * `<app>/ks.yaml`, and per app a Flux Kustomization with targetNamespace, postBuild
 * substitutions and a shared component.
 */
const tree = new MapFileTree({
  'flux/cluster.yaml': [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    '  name: cluster-apps',
    '  namespace: flux-system',
    'spec:',
    '  path: ./apps',
    '  sourceRef:',
    '    kind: GitRepository',
    '    name: flux-system',
    '',
  ].join('\n'),
  'apps/media/kustomization.yaml':
    'namespace: media\nresources:\n  - ./namespace.yaml\n  - ./jellyfin/ks.yaml\n',
  'apps/media/namespace.yaml':
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: media\n',
  'apps/media/jellyfin/ks.yaml': [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    '  name: jellyfin',
    'spec:',
    '  path: ./apps/media/jellyfin/app',
    '  targetNamespace: media',
    '  components:',
    '    - ../../../../components/volume',
    '  postBuild:',
    '    substitute:',
    '      APP: jellyfin',
    '      DOMAIN: example.org',
    '      VOLUME_SIZE: 20Gi',
    '  sourceRef:',
    '    kind: GitRepository',
    '    name: flux-system',
    '',
  ].join('\n'),
  'apps/media/jellyfin/app/kustomization.yaml':
    'resources:\n  - ./helmrelease.yaml\n  - ./helmrepository.yaml\n',
  'apps/media/jellyfin/app/helmrepository.yaml': [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: HelmRepository',
    'metadata:',
    '  name: jellyfin',
    'spec:',
    '  url: https://jellyfin.github.io/jellyfin-helm',
    '',
  ].join('\n'),
  'apps/media/jellyfin/app/helmrelease.yaml': [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: ${APP}',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: jellyfin',
    '      version: 2.3.0',
    '      sourceRef:',
    '        kind: HelmRepository',
    '        name: jellyfin',
    '  values:',
    '    ingress:',
    '      enabled: true',
    '      hosts:',
    '        - host: ${APP}.${DOMAIN}',
    '    persistence:',
    '      config:',
    '        existingClaim: ${APP}',
    '',
  ].join('\n'),
  'components/volume/kustomization.yaml':
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - ./pvc.yaml\n',
  'components/volume/pvc.yaml': [
    'apiVersion: v1',
    'kind: PersistentVolumeClaim',
    'metadata:',
    '  name: ${APP}',
    'spec:',
    '  storageClassName: ${VOLUME_CLASS:=ceph-block}',
    '  resources:',
    '    requests:',
    '      storage: ${VOLUME_SIZE:=5Gi}',
    '',
  ].join('\n'),
});

describe('readRepository: Flux Kustomization targetNamespace and postBuild substitution', () => {
  const model = readRepository(tree);

  it('reads the app folder of ks.yaml with its namespace, substitutions and component', () => {
    expect(model.warnings).toEqual([]);
    expect(model.services).toEqual([
      {
        id: 'jellyfin',
        namespace: 'media',
        engine: 'flux',
        folder: 'apps/media/jellyfin',
        files: [
          'apps/media/jellyfin/app/helmrelease.yaml',
          'apps/media/jellyfin/app/helmrepository.yaml',
          'apps/media/jellyfin/app/kustomization.yaml',
          'apps/media/jellyfin/ks.yaml',
          'components/volume/kustomization.yaml',
          'components/volume/pvc.yaml',
        ],
        workloads: [
          {
            kind: 'HelmRelease',
            name: 'jellyfin',
            namespace: 'media',
            releaseNamespace: 'media',
            chart: {
              name: 'jellyfin',
              version: '2.3.0',
              sourceKind: 'HelmRepository',
              sourceUrl: 'https://jellyfin.github.io/jellyfin-helm',
            },
            images: [],
            file: 'apps/media/jellyfin/app/helmrelease.yaml',
            line: 1,
          },
        ],
        hosts: [
          {
            host: 'jellyfin.example.org',
            source: 'helm-values',
            file: 'apps/media/jellyfin/app/helmrelease.yaml',
          },
        ],
        databases: [],
        caches: [],
        secrets: [],
        volumes: [
          {
            claim: 'jellyfin',
            namespace: 'media',
            storageClass: 'ceph-block',
            size: '20Gi',
            source: 'PersistentVolumeClaim',
            file: 'components/volume/pvc.yaml',
          },
        ],
        labels: { selector: { 'app.kubernetes.io/instance': 'jellyfin' } },
        owners: [],
      },
    ]);
  });
});
