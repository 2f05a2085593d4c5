import { chartRepo, edit, lintRule } from '../../testing';

const ID = 'flux-app-chart/no-autoscaling';

describe('flux-app-chart/no-autoscaling', () => {
  it('passes on fixed replicas', () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it('reports enabled autoscaling', () => {
    const tree = edit(chartRepo(), 'kubernetes/apps/bahn-guru/release.yaml', ['    replicas: 4\n', '    autoscaling:\n      enabled: true\n']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'kubernetes/apps/bahn-guru/release.yaml', line: 37, message: 'HelmRelease bahn-guru enables autoscaling' },
    ]);
  });
});
