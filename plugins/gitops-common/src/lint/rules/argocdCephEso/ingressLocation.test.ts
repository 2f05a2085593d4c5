import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/ingress-location';

describe('argocd-ceph-eso/ingress-location', () => {
  it('passes on routes in the shared ingress folder', () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports an Ingress in an app folder that serves a host already served', () => {
    const tree = withFiles(argoBase(), {
      'cluster/apps/productivity/whiteboard/ingress.yaml': argoBase().read('cluster/apps/shared/ingress/whiteboard.yaml')!,
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'cluster/apps/productivity/whiteboard/ingress.yaml', line: 4, message: 'Ingress whiteboard is defined in an app folder, not in cluster/apps/shared/ingress/' },
      { file: 'cluster/apps/shared/ingress/whiteboard.yaml', line: 15, message: 'Ingress whiteboard serves whiteboard.rcrumana.xyz, which Ingress whiteboard (cluster/apps/productivity/whiteboard/ingress.yaml) serves already' },
    ]);
  });
});
