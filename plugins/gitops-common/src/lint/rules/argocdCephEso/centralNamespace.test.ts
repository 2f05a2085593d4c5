import { argoBase, edit, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/central-namespace';
const WB = 'cluster/apps/productivity/whiteboard';

describe('argocd-ceph-eso/central-namespace', () => {
  it('passes when apps use namespaces defined centrally', () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports a namespace.yaml in an app folder and a domain nobody defines', () => {
    let tree = withFiles(argoBase(), { [`${WB}/namespace.yaml`]: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: whiteboard\n' });
    tree = edit(tree, `${WB}/kustomization.yaml`, ['namespace: productivity', 'namespace: tools']);
    expect(lintRule(ID, tree)).toEqual([
      { file: `${WB}/kustomization.yaml`, line: 4, message: `${WB}/kustomization.yaml deploys into namespace tools, which cluster/platform/base/namespaces/ does not define` },
      { file: `${WB}/namespace.yaml`, line: 4, message: 'Namespace whiteboard is defined outside cluster/platform/base/namespaces/' },
    ]);
  });
});
