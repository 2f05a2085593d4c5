import { templateRefOf, withSourceTemplate } from './sourceTemplate';

const CATALOG_INFO = `# The app's catalog entry
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: web
  annotations:
    backstage.io/kubernetes-id: web # the workloads' label
spec:
  type: service
`;

describe('withSourceTemplate', () => {
  const changeSet = {
    profile: 'flux-lvm-openbao',
    manualSteps: [],
    files: [
      { path: 'apps/web/catalog-info.yaml', action: 'add' as const, content: CATALOG_INFO },
      { path: 'apps/web/namespace.yaml', action: 'add' as const, content: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n' },
      { path: 'catalog-info.yaml', action: 'modify' as const, content: CATALOG_INFO, previous: '' },
    ],
  };

  it('annotates the catalog entities of added files, keeping comments', () => {
    const out = withSourceTemplate(changeSet, 'template:default/gitops-web-app-image');
    expect(out.files[0].content).toBe(`# The app's catalog entry
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: web
  annotations:
    backstage.io/kubernetes-id: web # the workloads' label
    backstage.io/source-template: template:default/gitops-web-app-image
spec:
  type: service
`);
    expect(out.files[1]).toBe(changeSet.files[1]);
    expect(out.files[2]).toBe(changeSet.files[2]);
  });

  it('annotates every entity of a multi-document file and keeps the separators', () => {
    const two = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: b\n`;
    const out = withSourceTemplate({ ...changeSet, files: [{ path: 'x.yaml', action: 'add', content: two }] }, 'template:default/t');
    expect(out.files[0].content).toBe(
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  annotations:\n    backstage.io/source-template: template:default/t\n---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: b\n  annotations:\n    backstage.io/source-template: template:default/t\n',
    );
  });

  it('changes nothing without a template ref', () => {
    expect(withSourceTemplate(changeSet, undefined)).toBe(changeSet);
  });
});

describe('templateRefOf', () => {
  it("takes the template's own name, also in a dry run", () => {
    expect(templateRefOf({ entityRef: 'template:default/dry-run', entity: { metadata: { name: 'gitops-redis' } } })).toBe(
      'template:default/gitops-redis',
    );
    expect(templateRefOf({ entityRef: 'template:lab/gitops-redis' })).toBe('template:lab/gitops-redis');
    expect(templateRefOf(undefined)).toBeUndefined();
  });
});
