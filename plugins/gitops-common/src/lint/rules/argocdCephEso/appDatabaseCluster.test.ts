import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/app-database-cluster';

describe('argocd-ceph-eso/app-database-cluster', () => {
  it('passes on the shared clusters of the platform', () => {
    expect(lintRule(ID, argoBase())).toEqual([]);
  });

  it('reports a Cluster in an app folder', () => {
    const tree = withFiles(argoBase(), {
      'cluster/apps/productivity/whiteboard/db.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: whiteboard-db\nspec:\n  instances: 1\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'cluster/apps/productivity/whiteboard/db.yaml', line: 4, message: 'Cluster whiteboard-db is a Postgres cluster of its own in an app folder' },
    ]);
  });
});
