import { demo, edit, lintRule, withFiles } from '../../testing';

const ID = 'flux-lvm-openbao/namespace-per-app';

describe('flux-lvm-openbao/namespace-per-app', () => {
  it('passes when each app has its own Namespace holding its objects (LVMVolumes in openebs)', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports an app without namespace.yaml', () => {
    const tree = withFiles(edit(demo(), 'apps/teamspeak/kustomization.yaml', ['  - namespace.yaml\n', '']), {
      'apps/teamspeak/namespace.yaml': undefined,
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/teamspeak/kustomization.yaml', line: 1, message: 'App teamspeak defines no Namespace: apps/teamspeak/namespace.yaml is missing' },
    ]);
  });

  it('reports an object outside the app namespace', () => {
    const tree = edit(demo(), 'apps/teamspeak/service.yaml', ['namespace: teamspeak', 'namespace: default']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/teamspeak/service.yaml', line: 10, message: "Service teamspeak is in namespace default, not in the app's namespace teamspeak" },
    ]);
  });

  it('reports two apps sharing a namespace', () => {
    const tree = withFiles(demo(), {
      'apps/recipes/kustomization.yaml': 'resources: [namespace.yaml]\n',
      'apps/recipes/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mealie\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/recipes/namespace.yaml', line: 4, message: 'App recipes uses namespace mealie, which app mealie uses too' },
    ]);
  });
});
