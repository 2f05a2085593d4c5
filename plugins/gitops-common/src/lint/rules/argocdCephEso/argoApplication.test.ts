import { argoBase, edit, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/argo-application';
const APP = 'cluster/platform/gitops/argocd/apps/whiteboard-app.yaml';

describe('argocd-ceph-eso/argo-application', () => {
  it('passes when each app has one matching Application', () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports an app without Application', () => {
    expect(lintRule(ID, withFiles(argoBase(), { [APP]: undefined }))).toEqual([
      {
        file: 'cluster/apps/productivity/whiteboard/kustomization.yaml',
        line: 1,
        message: 'cluster/apps/productivity/whiteboard/ is deployed by no Argo CD Application',
      },
    ]);
  });

  it('reports a destination other than the kustomization namespace, a project nobody defines and a path that does not exist', () => {
    let tree = edit(argoBase(), APP, ['    namespace: productivity', '    namespace: web'], ['project: default', 'project: apps']);
    tree = edit(tree, 'cluster/platform/gitops/argocd/apps/pg-other-app.yaml', ['postgres/pg-other', 'postgres/pg-others']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'cluster/platform/gitops/argocd/apps/pg-other-app.yaml', line: 11, message: 'Application pg-other deploys cluster/platform/base/data/data-definitions/postgres/pg-others, which does not exist' },
      { file: APP, line: 10, message: 'Application whiteboard belongs to project apps, which the repository does not define' },
      { file: APP, line: 17, message: 'Application whiteboard deploys into web, but cluster/apps/productivity/whiteboard/kustomization.yaml sets namespace productivity' },
    ]);
  });

  it('reports an AppProject that does not admit the namespace', () => {
    let tree = edit(argoBase(), APP, ['project: default', 'project: apps']);
    tree = withFiles(tree, {
      'cluster/platform/gitops/argocd/projects/apps.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: apps\n  namespace: argocd\nspec:\n  destinations:\n    - namespace: media\n      server: https://kubernetes.default.svc\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: APP, line: 17, message: 'Application whiteboard deploys into productivity, which AppProject apps does not admit' },
    ]);
  });
});
