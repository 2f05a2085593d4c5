import { demo, edit, lintRule, withFiles } from '../../testing';

const ID = 'homeport/missing-resource';

describe('homeport/missing-resource', () => {
  it('passes when every path exists', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a missing file, a folder without kustomization, a missing generator input and a missing Flux path', () => {
    let tree = edit(demo(), 'apps/mealie/kustomization.yaml', ['  - ingress.yaml\n', '  - ingress.yaml\n  - gone.yaml\nconfigMapGenerator:\n  - name: c\n    files: [cfg/app.ini]\n']);
    tree = withFiles(edit(tree, 'apps/kustomization.yaml', ['  - llama\n', '  - llama\n  - notes\n']), { 'apps/notes/deployment.yaml': 'a: 1\n' });
    tree = edit(tree, 'cluster/apps.yaml', ['path: ./apps', 'path: ./applications']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/kustomization.yaml', line: 8, message: "resources entry 'notes' of apps/kustomization.yaml names folder apps/notes, which has no kustomization.yaml: kustomize cannot build it" },
      { file: 'apps/mealie/kustomization.yaml', line: 12, message: "resources entry 'gone.yaml' of apps/mealie/kustomization.yaml does not exist (apps/mealie/gone.yaml)" },
      { file: 'apps/mealie/kustomization.yaml', line: 15, message: "configMapGenerator entry 'cfg/app.ini' of apps/mealie/kustomization.yaml does not exist (apps/mealie/cfg/app.ini)" },
      { file: 'cluster/apps.yaml', line: 14, message: 'Flux Kustomization apps builds applications, which does not exist' },
    ]);
  });

  it('ignores remote resources', () => {
    const tree = edit(demo(), 'apps/mealie/kustomization.yaml', ['  - ingress.yaml\n', '  - ingress.yaml\n  - https://github.com/org/repo//deploy?ref=v1.0.0\n']);
    expect(lintRule(ID, tree)).toEqual([]);
  });
});

describe('homeport/missing-resource: kustomized Helm charts', () => {
  it("does not judge the rendering a kustomization in a chart's folder builds, but still its other entries", () => {
    const tree = withFiles(demo(), {
      'charts/guestbook/Chart.yaml': 'apiVersion: v2\nname: guestbook\nversion: 0.1.0\n',
      'charts/guestbook/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ./all.yaml\npatches:\n  - path: overlays/gone.yaml\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'charts/guestbook/kustomization.yaml', line: 6, message: "patches entry 'overlays/gone.yaml' of charts/guestbook/kustomization.yaml does not exist (charts/guestbook/overlays/gone.yaml)" },
    ]);
  });
});
