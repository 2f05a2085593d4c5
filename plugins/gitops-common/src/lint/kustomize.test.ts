import { MapFileTree } from '../tree/FileTree';
import { RepoIndex } from './repoIndex';

const obj = (kind: string, name: string, namespace?: string) =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}`;

describe('the kustomization graph', () => {
  const index = new RepoIndex(
    new MapFileTree({
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'base/cm.yaml': obj('ConfigMap', 'base', 'own'),
      'overlay/kustomization.yaml': 'namespace: over\nresources: [../base, svc.yaml]\npatches:\n  - path: patch.yaml\n',
      'overlay/svc.yaml': obj('Service', 'svc'),
      'overlay/patch.yaml': obj('Service', 'svc'),
      'flux/ks.yaml':
        'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: { name: app, namespace: flux-system }\nspec:\n  path: ./target\n  targetNamespace: flux-ns\n  sourceRef: { kind: GitRepository, name: flux-system }\n',
      'target/cm.yaml': obj('ConfigMap', 'target', 'ignored'),
      'argo/app.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: { name: x }\nspec:\n  source: { repoURL: r, path: argo-src }\n  destination: { namespace: argo-ns }\n',
      'argo-src/cm.yaml': obj('ConfigMap', 'argo'),
      'argo-src/pv.yaml': obj('PersistentVolume', 'pv'),
    }),
  );
  const ns = (file: string) => index.namespaceOf(index.docsOf(file)[0]);

  it('follows folder entries and names patches as non-resources', () => {
    expect([...index.kustomize.filesOf('overlay')].sort()).toEqual(['base/cm.yaml', 'overlay/svc.yaml']);
    expect(index.kustomize.nonResources.has('overlay/patch.yaml')).toBe(true);
  });

  it('resolves the namespace an object lands in', () => {
    expect(ns('base/cm.yaml')).toBe('over'); // the outermost kustomization's namespace wins
    expect(ns('overlay/svc.yaml')).toBe('over');
    expect(ns('target/cm.yaml')).toBe('flux-ns'); // Flux targetNamespace
    expect(ns('argo-src/cm.yaml')).toBe('argo-ns'); // Argo CD destination, for objects without one
    expect(ns('argo-src/pv.yaml')).toBeUndefined(); // cluster-scoped
  });
});

describe('the namespaces of a kustomize Component several kustomizations include', () => {
  const index = new RepoIndex(
    new MapFileTree({
      'components/secret/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [secret.yaml]\n',
      'components/secret/secret.yaml': obj('Secret', 'repo'),
      'a/kustomization.yaml': 'namespace: ns-a\ncomponents: [../components/secret]\nresources: [cm.yaml]\n',
      'a/cm.yaml': obj('ConfigMap', 'a'),
      'b/kustomization.yaml': 'namespace: ns-b\ncomponents: [../components/secret]\n',
      'outer/kustomization.yaml': 'namespace: ns-outer\nresources: [../b]\n',
    }),
  );
  const of = (file: string) => index.namespacesOf(index.docsOf(file)[0]);

  it('puts its objects in the namespace of each, the outermost namespace of a chain winning', () => {
    // a (ns-a) includes it; b (ns-b) includes it but outer (ns-outer) includes b: ns-outer, not ns-b.
    expect(of('components/secret/secret.yaml')).toEqual(['ns-a', 'ns-outer']);
    expect(of('components/secret/secret.yaml')[0]).toBe(index.namespaceOf(index.docsOf('components/secret/secret.yaml')[0]));
    expect(of('a/cm.yaml')).toEqual(['ns-a']);
  });
});
