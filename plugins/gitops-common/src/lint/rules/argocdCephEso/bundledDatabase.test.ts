import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/bundled-database';

const withValues = (values: string) =>
  withFiles(argoBase(), {
    'cluster/apps/media/paperless/values.yaml': values,
    'cluster/platform/gitops/argocd/apps/paperless-app.yaml':
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: paperless\n  namespace: argocd\nspec:\n  project: default\n  sources:\n    - repoURL: https://charts.example.com/stable\n      chart: paperless-ngx\n      targetRevision: 0.24.1\n      helm:\n        valueFiles:\n          - $values/cluster/apps/media/paperless/values.yaml\n  destination:\n    namespace: media\n',
  });

describe('argocd-ceph-eso/bundled-database', () => {
  it('passes when the bundled database and cache are off', () => {
    expect(lintRule(ID, withValues('postgresql:\n  enabled: false\nredis:\n  enabled: false\n'))).toEqual([]);
  });

  it('reports them on', () => {
    expect(lintRule(ID, withValues('postgresql:\n  enabled: true\nredis:\n  enabled: true\n'))).toEqual([
      { file: 'cluster/apps/media/paperless/values.yaml', line: 2, message: "Helm values postgresql.enabled install the chart's bundled postgresql" },
      { file: 'cluster/apps/media/paperless/values.yaml', line: 4, message: "Helm values redis.enabled install the chart's bundled redis" },
    ]);
  });
});
