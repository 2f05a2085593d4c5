import { demo, edit, lintRule, withFiles } from '../../testing';

const ID = 'homeport/undefined-claim';

describe('homeport/undefined-claim', () => {
  it('passes when every mounted claim exists (or a StatefulSet template makes it)', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a claim nothing defines, in a workload and in Helm values', () => {
    let tree = edit(demo(), 'apps/mealie/deployment.yaml', ['claimName: mealie-data-lvmhdd', 'claimName: mealie-data']);
    tree = edit(tree, 'apps/podinfo/release.yaml', ['    redis:\n      enabled: false\n', '    persistence:\n      enabled: true\n      existingClaim: podinfo-data\n']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/deployment.yaml', line: 114, message: 'PersistentVolumeClaim mealie/mealie-data is mounted by Deployment mealie but defined nowhere in the repository' },
      { file: 'apps/podinfo/release.yaml', line: 59, message: 'PersistentVolumeClaim podinfo/podinfo-data is mounted by HelmRelease podinfo but defined nowhere in the repository' },
    ]);
  });

  it('accepts claims of StatefulSet volumeClaimTemplates', () => {
    const tree = withFiles(demo(), {
      'apps/teamspeak/extra.yaml':
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db, namespace: teamspeak }\nspec:\n  volumeClaimTemplates:\n    - metadata: { name: data }\n  template:\n    spec:\n      containers: [{ name: c, image: busybox:1.36.1 }]\n      volumes:\n        - name: d\n          persistentVolumeClaim: { claimName: data-db-0 }\n',
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });
});
