import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/rollout-location';
const ROLLOUT = 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: whiteboard\n';

describe('argocd-ceph-eso/rollout-location', () => {
  it('passes on a Rollout in its app folder', () => {
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/apps/productivity/whiteboard/rollout.yaml': ROLLOUT }))).toEqual([]);
  });

  it('reports one in the platform folder', () => {
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/platform/gitops/argo-rollouts/rollout.yaml': ROLLOUT }))).toEqual([
      { file: 'cluster/platform/gitops/argo-rollouts/rollout.yaml', line: 4, message: 'Rollout whiteboard is outside cluster/apps/' },
    ]);
  });
});
