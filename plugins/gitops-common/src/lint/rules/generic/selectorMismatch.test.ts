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

describe('homeport/selector-mismatch: pods kustomize renders', () => {
  const service = 'apiVersion: v1\nkind: Service\nmetadata: { name: argocd-server-grpc }\nspec:\n  selector: { app.kubernetes.io/name: argocd-server }\n';
  const kustomization = (extra: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: argocd\nresources:\n  - grpc-service.yaml\n${extra}`;

  it('skips the namespace of a helmCharts entry and of a remote resource', () => {
    const charts = withFiles(demo(), {
      'infra/argocd/kustomization.yaml': kustomization('helmCharts:\n  - name: argo-cd\n    repo: https://argoproj.github.io/argo-helm\n    version: 9.2.2\n    releaseName: argocd\n    namespace: argocd\n'),
      'infra/argocd/grpc-service.yaml': service,
    });
    expect(lintRule(ID, charts)).toEqual([]);
    const remote = withFiles(demo(), {
      'infra/argocd/kustomization.yaml': kustomization('  - https://raw.githubusercontent.com/argoproj/argo-cd/v3.1.0/manifests/install.yaml\n'),
      'infra/argocd/grpc-service.yaml': service,
    });
    expect(lintRule(ID, remote)).toEqual([]);
  });

  it('still reports the Service when the kustomization renders nothing it cannot see', () => {
    const plain = withFiles(demo(), { 'infra/argocd/kustomization.yaml': kustomization(''), 'infra/argocd/grpc-service.yaml': service });
    expect(lintRule(ID, plain)).toEqual([
      { file: 'infra/argocd/grpc-service.yaml', line: 5, message: 'Service argocd/argocd-server-grpc selects {"app.kubernetes.io/name":"argocd-server"}, which no pod template in the namespace carries' },
    ]);
  });
});
