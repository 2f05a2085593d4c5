import { chartRepo, edit, lintRule } from '../../testing';

const ID = 'flux-app-chart/image-tag';
const R = 'kubernetes/apps/bahn-guru/release.yaml';

describe('flux-app-chart/image-tag', () => {
  it("passes on tags of the automation's scheme", () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it('reports a tag of another scheme', () => {
    expect(lintRule(ID, edit(chartRepo(), R, ['v1_c55f58b_2025-06-28T23.55.53Z', '1.4.0']))).toEqual([
      {
        file: R,
        line: 19,
        message: 'HelmRelease bahn-guru uses tag 1.4.0, which does not match v<N>_<sha7>_<YYYY-MM-DDTHH.MM.SSZ> (such as v1_abcdef0_2021-10-08T12.44.03Z): the image automation cannot follow it',
      },
    ]);
  });

  it('reports a v2 tag without its update pattern, unless the automation is off', () => {
    const v2 = edit(chartRepo(), R, ['v1_c55f58b', 'v2_c55f58b']);
    expect(lintRule(ID, v2)).toEqual([
      { file: R, line: 19, message: 'HelmRelease bahn-guru uses a v2 tag but sets no image.tagUpdatePattern: the automation follows v1 tags only' },
    ]);
    expect(lintRule(ID, edit(v2, R, ['    image:\n', '    image:\n      tagUpdatePattern: "^v2_[a-fA-F0-9]{7}_(?P<datetime>.*)Z$"\n']))).toEqual([]);
    expect(lintRule(ID, edit(v2, R, ['    image:\n', '    image:\n      updateTagAutomatically: false\n']))).toEqual([]);
  });
});
