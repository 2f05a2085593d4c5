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

describe('homeport/undefined-claim: claims templates define', () => {
  const mount = (claim: string) => edit(demo(), 'apps/mealie/deployment.yaml', ['claimName: mealie-data-lvmhdd', `claimName: ${claim}`]);
  const ks = (app: string) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: { name: ${app}, namespace: flux-system }\nspec:\n  path: ./apps/${app}\n  components: [../../components/volsync]\n  sourceRef: { kind: GitRepository, name: flux-system }\n  postBuild:\n    substitute:\n      APP: ${app}\n`;
  const component = {
    'components/volsync/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [pvc.yaml]\n',
    'components/volsync/pvc.yaml': 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: "${VOLSYNC_CLAIM:-${APP}}-config"\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: { requests: { storage: 1Gi } }\n',
    'cluster/apps/mealie.yaml': ks('mealie'),
  };

  it('accepts a claim a component defines for a substituted app, and reports one no substitution gives', () => {
    expect(lintRule(ID, withFiles(mount('mealie-config'), component))).toEqual([]);
    expect(lintRule(ID, withFiles(mount('plex-config'), component))).toEqual([
      { file: 'apps/mealie/deployment.yaml', line: 114, message: 'PersistentVolumeClaim mealie/plex-config is mounted by Deployment mealie but defined nowhere in the repository' },
    ]);
  });

  const resourceSet = {
    'infra/kopiur/inputs.yaml':
      'apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSetInputProvider\nmetadata: { name: kopiur-apps, namespace: kube-system }\nspec:\n  type: Static\n  defaultValues:\n    apps:\n      - app: mealie\n      - app: gatus\n        namespace: monitoring\n',
    'infra/kopiur/restores.yaml': [
      'apiVersion: fluxcd.controlplane.io/v1',
      'kind: ResourceSet',
      'metadata: { name: kopiur-restores, namespace: kube-system }',
      'spec:',
      '  inputsFrom:',
      '    - name: kopiur-apps',
      '  resourcesTemplate: |',
      '    <<- range $app := inputs.apps >>',
      '    ---',
      '    apiVersion: v1',
      '    kind: PersistentVolumeClaim',
      '    metadata:',
      '      name: << printf "%s-%s" $app.app (get $app "pvcSuffix" | default "config") >>',
      '      namespace: << get $app "namespace" | default "default" >>',
      '    spec:',
      '      accessModes: [ReadWriteOnce]',
      '      resources: { requests: { storage: 1Gi } }',
      '    <<- end >>',
      '',
    ].join('\n'),
  };

  it("accepts a claim a ResourceSet renders for one of its inputs, and reports one it renders for nobody", () => {
    expect(lintRule(ID, withFiles(mount('mealie-config'), resourceSet))).toEqual([]);
    expect(lintRule(ID, withFiles(mount('recipes-config'), resourceSet))).toEqual([
      { file: 'apps/mealie/deployment.yaml', line: 114, message: 'PersistentVolumeClaim mealie/recipes-config is mounted by Deployment mealie but defined nowhere in the repository' },
    ]);
  });
});
