import { demo, edit, lintRule, withFiles } from '../../testing';

describe('flux-lvm-openbao/unregistered-app', () => {
  const ID = 'flux-lvm-openbao/unregistered-app';

  it('passes when every app folder is listed', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports an app folder apps/kustomization.yaml leaves out', () => {
    const tree = edit(demo(), 'apps/kustomization.yaml', ['  - teamspeak\n', '']);
    expect(lintRule(ID, tree)).toEqual([
      {
        file: 'apps/teamspeak/kustomization.yaml',
        line: 1,
        message: 'App teamspeak (apps/teamspeak/) is not listed in apps/kustomization.yaml: Flux never applies it',
      },
    ]);
  });

  it('reads the apps folder from the options', () => {
    const tree = withFiles(demo(), { 'clusters/home/apps/x/kustomization.yaml': 'resources: []\n' });
    expect(lintRule(ID, tree, { profileOptions: { appsDir: 'clusters/home/apps' } })).toEqual([
      { file: 'clusters/home/apps/x/kustomization.yaml', line: 1, message: 'App x (clusters/home/apps/x/) is not listed in clusters/home/apps/kustomization.yaml: Flux never applies it' },
    ]);
  });
});

describe('flux-lvm-openbao/unlisted-file', () => {
  const ID = 'flux-lvm-openbao/unlisted-file';

  it('passes when every resource file is listed (catalog-info.yaml and docs are not resources)', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a file and a sub-folder the kustomization leaves out', () => {
    const tree = withFiles(demo(), {
      'apps/mealie/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: extra, namespace: mealie }\n',
      'apps/mealie/sub/kustomization.yaml': 'resources: [cm.yaml]\n',
      'apps/mealie/sub/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: sub, namespace: mealie }\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/extra.yaml', line: 1, message: 'apps/mealie/extra.yaml is not listed in apps/mealie/kustomization.yaml: it is never applied' },
      { file: 'apps/mealie/sub/kustomization.yaml', line: 1, message: 'Folder apps/mealie/sub/ is not listed in apps/mealie/kustomization.yaml: nothing in it is applied' },
    ]);
  });

  it('accepts files a kustomization names as generator input or patch', () => {
    const tree = withFiles(demo(), {
      'apps/mealie/kustomization.yaml': `${demo().read('apps/mealie/kustomization.yaml')}configMapGenerator:\n  - name: cfg\n    files: [config.yaml=configs/config.yaml]\npatches:\n  - path: patch.yaml\n`,
      'apps/mealie/configs/config.yaml': 'a: 1\n',
      'apps/mealie/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: mealie }\n',
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });
});

describe('flux-lvm-openbao/unregistered-app: folders that are no app', () => {
  const ID = 'flux-lvm-openbao/unregistered-app';
  const kustomization = (resources: string[]) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources.map(r => `  - ${r}\n`).join('')}`;

  it('does not take an overlay of other folders, nor a folder of bases, for an unlisted app', () => {
    const tree = withFiles(demo(), {
      'apps/base/whoami/kustomization.yaml': kustomization(['deployment.yaml']),
      'apps/base/whoami/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: whoami, namespace: whoami }\n',
      'apps/production/kustomization.yaml': kustomization(['../base/whoami']),
      'apps/extra/kustomization.yaml': kustomization(['deployment.yaml']),
      'apps/extra/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: extra, namespace: extra }\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/extra/kustomization.yaml', line: 1, message: 'App extra (apps/extra/) is not listed in apps/kustomization.yaml: Flux never applies it' },
    ]);
  });
});
