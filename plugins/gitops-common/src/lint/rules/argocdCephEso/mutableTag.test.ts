import { argoBase, edit, lintRule } from '../../testing';

const ID = 'argocd-ceph-eso/mutable-tag';
const DEP = 'cluster/apps/productivity/whiteboard/deployment.yaml';

describe('argocd-ceph-eso/mutable-tag', () => {
  it('passes on exact tags', () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports latest', () => {
    expect(lintRule(ID, edit(argoBase(), DEP, ['wbo:1.20.1', 'wbo:latest']))).toEqual([
      { file: DEP, line: 18, message: "Image harbor.rcrumana.xyz/proxy-dockerhub/lovasoa/wbo:latest of container whiteboard (Deployment whiteboard): tag 'latest' is mutable: pin an exact version" },
    ]);
  });
});
