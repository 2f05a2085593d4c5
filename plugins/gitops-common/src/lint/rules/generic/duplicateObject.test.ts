import { demo, lintRule, withFiles } from '../../testing';

const ID = 'homeport/duplicate-object';

describe('homeport/duplicate-object', () => {
  it('passes when each object is defined once (patches and stray copies do not count)', () => {
    const tree = withFiles(demo(), {
      'apps/mealie/kustomization.yaml': `${demo().read('apps/mealie/kustomization.yaml')}patches:\n  - path: patch.yaml\n`,
      'apps/mealie/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mealie\n  namespace: mealie\n',
      'apps/mealie/old/service.yaml': demo().read('apps/mealie/service.yaml')!,
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports a second definition, with the namespace a kustomization gives it', () => {
    const tree = withFiles(demo(), {
      'apps/mealie/kustomization.yaml': demo().read('apps/mealie/kustomization.yaml')!.replace('resources:', 'resources:\n  - service-copy.yaml'),
      'apps/mealie/service-copy.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mealie\n',
      'other/kustomization.yaml': 'namespace: mealie\nresources: [svc.yaml]\n',
      'other/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mealie\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'other/svc.yaml', line: 4, message: 'Service mealie/mealie is already defined in apps/mealie/service.yaml:5' },
    ]);
  });

  it('says nothing about copies for two clusters, or without a namespace in two folders', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
    const tree = withFiles(demo(), {
      'clusters/production/web.yaml': `${service}  namespace: web\n`,
      'clusters/staging/web.yaml': `${service}  namespace: web\n`,
      'guestbook/svc.yaml': service,
      'kustomize-guestbook/svc.yaml': service,
      'roles/a.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n',
      'roles/b/a.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n',
    });
    expect(lintRule(ID, tree)).toEqual([{ file: 'roles/b/a.yaml', line: 4, message: 'ClusterRole reader is already defined in roles/a.yaml:4' }]);
  });
});
