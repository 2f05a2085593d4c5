import { demo, edit, lintRule, withFiles } from '../../testing';

const ID = 'homeport/selector-mismatch';

describe('homeport/selector-mismatch', () => {
  it('passes when Services select their workloads (and skips namespaces with Helm releases)', () => {
    expect(lintRule(ID, demo())).toEqual([]);
    const helm = withFiles(demo(), { 'apps/podinfo/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: x, namespace: podinfo }\nspec:\n  selector: { app: nothing }\n' });
    expect(lintRule(ID, helm)).toEqual([]);
  });

  it('reports a Service, a PodDisruptionBudget and an autoscaler that find nothing', () => {
    const tree = withFiles(edit(demo(), 'apps/mealie/service.yaml', ['    app: mealie', '    app: recipes']), {
      'apps/mealie/pdb.yaml': 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: mealie, namespace: mealie }\nspec:\n  selector:\n    matchLabels: { app: other }\n',
      'apps/mealie/hpa.yaml':
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: mealie, namespace: mealie }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: recipes }\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/hpa.yaml', line: 5, message: 'HorizontalPodAutoscaler mealie/mealie targets Deployment recipes, which is not in the namespace' },
      { file: 'apps/mealie/pdb.yaml', line: 6, message: 'PodDisruptionBudget mealie/mealie matches {"app":"other"}, which no pod template in the namespace carries' },
      { file: 'apps/mealie/service.yaml', line: 9, message: 'Service mealie/mealie selects {"app":"recipes"}, which no pod template in the namespace carries' },
    ]);
  });
});
