import { chartRepo, edit, lintRule, withFiles } from '../../testing';

describe('flux-app-chart/unregistered-app', () => {
  const ID = 'flux-app-chart/unregistered-app';

  it('passes when every app is listed', () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it('reports an app kubernetes/apps/kustomization.yaml leaves out', () => {
    expect(lintRule(ID, edit(chartRepo(), 'kubernetes/apps/kustomization.yaml', ['  - api-only\n', '']))).toEqual([
      { file: 'kubernetes/apps/api-only/kustomization.yaml', line: 1, message: 'App api-only (kubernetes/apps/api-only/) is not listed in kubernetes/apps/kustomization.yaml: Flux never applies it' },
    ]);
  });
});

describe('flux-app-chart/unlisted-file', () => {
  const ID = 'flux-app-chart/unlisted-file';

  it('passes when the app kustomization lists its release', () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it('reports a file it leaves out', () => {
    expect(lintRule(ID, withFiles(chartRepo(), { 'kubernetes/apps/api-only/extra.yaml': 'a: 1\n' }))).toEqual([
      { file: 'kubernetes/apps/api-only/extra.yaml', line: 1, message: 'kubernetes/apps/api-only/extra.yaml is not listed in kubernetes/apps/api-only/kustomization.yaml: it is never applied' },
    ]);
  });
});
