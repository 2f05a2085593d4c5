import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/hpa-pdb-location';
const PDB = 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: whiteboard\n  namespace: productivity\nspec:\n  selector:\n    matchLabels: { app: whiteboard }\n';

describe('argocd-ceph-eso/hpa-pdb-location', () => {
  it('passes on a PDB beside its workload', () => {
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/apps/productivity/whiteboard/pdb.yaml': PDB }))).toEqual([]);
  });

  it('reports a PDB away from its workload', () => {
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/apps/productivity/shared/pdb.yaml': PDB }))).toEqual([
      {
        file: 'cluster/apps/productivity/shared/pdb.yaml',
        line: 4,
        message: 'PodDisruptionBudget whiteboard governs Deployment whiteboard of cluster/apps/productivity/whiteboard/ but lives in cluster/apps/productivity/shared/',
      },
    ]);
  });
});
