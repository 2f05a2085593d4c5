import { chartRepo, edit, lintRule, withFiles } from '../../testing';

const ID = 'flux-app-chart/template-leftovers';

describe('flux-app-chart/template-leftovers', () => {
  it('passes on filled-in copies (example-app itself keeps its markers)', () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it("reports a [MODIFY] marker and example-app's image policy in a copy", () => {
    const copy = chartRepo().read('kubernetes/apps/example-app/release.yaml')!.replace('name: example-app #', 'name: tiny #');
    const tree = withFiles(chartRepo(), { 'kubernetes/apps/tiny/release.yaml': copy });
    const findings = lintRule(ID, tree);
    expect(findings.slice(0, 3)).toEqual([
      { file: 'kubernetes/apps/tiny/release.yaml', line: 4, message: 'kubernetes/apps/tiny/release.yaml still has a [MODIFY] marker of the example' },
      { file: 'kubernetes/apps/tiny/release.yaml', line: 18, message: 'kubernetes/apps/tiny/release.yaml still has a [MODIFY] marker of the example' },
      {
        file: 'kubernetes/apps/tiny/release.yaml',
        line: 19,
        message: 'The $imagepolicy comment names flux-system:example-app-image-policy, not the policy of app tiny: the automation updates the wrong app',
      },
    ]);
    expect(lintRule(ID, edit(chartRepo(), 'kubernetes/apps/bahn-guru/release.yaml', ['bahn-guru-image-policy:tag', 'api-only-image-policy:tag']))).toHaveLength(1);
  });
});
