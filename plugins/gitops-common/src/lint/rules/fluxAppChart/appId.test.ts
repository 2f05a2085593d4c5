import { chartRepo, lintRule, withFiles } from '../../testing';

const ID = 'flux-app-chart/app-id';

describe('flux-app-chart/app-id', () => {
  it('passes on lowercase identifiers matching their folder', () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it('reports a folder with digits and a release named otherwise', () => {
    const release = chartRepo().read('kubernetes/apps/bahn-guru/release.yaml')!;
    const tree = withFiles(chartRepo(), {
      'kubernetes/apps/app2/release.yaml': release.replace('name: bahn-guru', 'name: app2'),
      'kubernetes/apps/bahn-guru/release.yaml': release.replace('name: bahn-guru', 'name: bahnguru'),
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'kubernetes/apps/app2/release.yaml', line: 1, message: 'App folder kubernetes/apps/app2/ is not a valid app identifier: use only lowercase letters and hyphens' },
      { file: 'kubernetes/apps/app2/release.yaml', line: 4, message: 'HelmRelease app2 is not a valid app identifier: use only lowercase letters and hyphens' },
      { file: 'kubernetes/apps/bahn-guru/release.yaml', line: 4, message: 'HelmRelease bahnguru lives in kubernetes/apps/bahn-guru/: the release must be named after its folder' },
    ]);
  });
});
