import { demo, edit, lintRule, withFiles } from '../../testing';

const ID = 'homeport/undefined-secret';

describe('homeport/undefined-secret', () => {
  it('passes when Secrets come from VaultStaticSecrets and CloudNativePG (<cluster>-app)', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports Secrets nothing defines: in a workload, in Helm values, in a custom resource', () => {
    let tree = edit(demo(), 'apps/mealie/deployment.yaml', ['name: mealie-authentik', 'name: mealie-oidc']);
    tree = edit(tree, 'apps/podinfo/release.yaml', ['    redis:\n      enabled: false\n', '    redis:\n      existingSecret: podinfo-redis\n']);
    tree = withFiles(tree, {
      'apps/mealie/backup.yaml':
        'apiVersion: k8up.io/v1\nkind: Schedule\nmetadata: { name: backup, namespace: mealie }\nspec:\n  backend:\n    repoPasswordSecretRef:\n      name: restic-repo\n      key: password\n',
      'apps/mealie/optional.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: mealie }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36.1\n      envFrom:\n        - secretRef: { name: maybe, optional: true }\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/backup.yaml', line: 7, message: 'Secret mealie/restic-repo is referenced by Schedule backup but defined nowhere in the repository' },
      { file: 'apps/mealie/deployment.yaml', line: 85, message: 'Secret mealie/mealie-oidc is referenced by Deployment mealie but defined nowhere in the repository' },
      { file: 'apps/podinfo/release.yaml', line: 58, message: 'Secret podinfo/podinfo-redis is referenced by HelmRelease podinfo but defined nowhere in the repository' },
    ]);
  });

  it('accepts Secrets of other kinds of definition', () => {
    const tree = withFiles(edit(demo(), 'apps/mealie/deployment.yaml', ['name: mealie-authentik', 'name: mealie-oidc']), {
      'apps/mealie/es.yaml': 'apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: { name: x, namespace: mealie }\nspec:\n  target: { name: mealie-oidc }\n',
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });
});

describe('homeport/undefined-secret: Secrets operators define', () => {
  const mount = (secret: string) => edit(demo(), 'apps/mealie/deployment.yaml', ['name: mealie-authentik', `name: ${secret}`]);

  it('accepts the Secret a Talos ServiceAccount has Talos write, not one of a plain ServiceAccount', () => {
    const sa = (api: string) => ({ 'apps/mealie/talos.yaml': `apiVersion: ${api}\nkind: ServiceAccount\nmetadata: { name: talos-access, namespace: mealie }\n` });
    expect(lintRule(ID, withFiles(mount('talos-access'), sa('talos.dev/v1alpha1')))).toEqual([]);
    expect(lintRule(ID, withFiles(mount('talos-access'), sa('v1'))).map(f => f.message)).toEqual([
      'Secret mealie/talos-access is referenced by Deployment mealie but defined nowhere in the repository',
    ]);
  });
});
