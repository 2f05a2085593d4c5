import { MapFileTree } from '../../../tree/FileTree';
import { lintRepository } from '../../lintRepository';

const tree = new MapFileTree({
  'kubernetes/apps/default/kustomization.yaml': 'resources:\n  - ./atuin/ks.yaml\n',
  'kubernetes/apps/default/atuin/ks.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: atuin\n',
  'kubernetes/apps/default/radarr/ks.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: radarr\n',
  'kubernetes/apps/default/radarr/app/externalsecret.yaml':
    'apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: radarr\nspec:\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: vault\n  target:\n    name: radarr\n',
  'kubernetes/apps/default/radarr/app/pvc.yaml':
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: radarr\nspec:\n  storageClassName: local-path\n  accessModes: [ReadWriteOnce]\n  resources: { requests: { storage: 1Gi } }\n',
});

describe('flux-helm rules (flux-app-template document)', () => {
  it('reports an unregistered app folder, a foreign secret store and a foreign storage class', () => {
    const findings = lintRepository(tree, { profile: 'flux-app-template' }).filter(f => f.ruleId.startsWith('flux-helm/'));
    expect(findings.map(f => [f.ruleId, f.file, f.message])).toEqual([
      ['flux-helm/secret-store', 'kubernetes/apps/default/radarr/app/externalsecret.yaml', 'ExternalSecret radarr reads ClusterSecretStore vault, not ClusterSecretStore onepassword-connect'],
      ['flux-helm/storage-class', 'kubernetes/apps/default/radarr/app/pvc.yaml', 'Claim radarr uses storage class local-path, not ceph-block'],
      ['flux-helm/registration', 'kubernetes/apps/default/radarr/ks.yaml', 'App radarr (kubernetes/apps/default/radarr/) is not listed in kubernetes/apps/default/kustomization.yaml: Flux never applies it'],
    ]);
  });

  it('follows the options: the store and class the team sets are the right ones', () => {
    const findings = lintRepository(tree, {
      profile: 'flux-app-template',
      profileOptions: { secrets: { store: { kind: 'ClusterSecretStore', name: 'vault' } }, storage: { fast: 'local-path' } },
    }).filter(f => f.ruleId.startsWith('flux-helm/'));
    expect(findings.map(f => f.ruleId)).toEqual(['flux-helm/registration']);
  });
});
