import { demo, lintRule, withFiles } from '../../testing';

const ID = 'flux-lvm-openbao/git-ref';

const git = (ref: string) => `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: kaneo
  namespace: kaneo
spec:
  url: https://github.com/usekaneo/kaneo.git
  ref:
    ${ref}
`;

describe('flux-lvm-openbao/git-ref', () => {
  it('passes on a tag', () => {
    expect(lintRule(ID, withFiles(demo(), { 'apps/kaneo/release.yaml': git('tag: v2.7.5') }))).toEqual([]);
  });

  it('reports a branch and a sliding tag', () => {
    expect(lintRule(ID, withFiles(demo(), { 'apps/kaneo/release.yaml': git('branch: main') }))).toEqual([
      { file: 'apps/kaneo/release.yaml', line: 9, message: 'GitRepository kaneo follows branch main, not a tag' },
    ]);
    expect(lintRule(ID, withFiles(demo(), { 'apps/kaneo/release.yaml': git('tag: v2') }))).toEqual([
      { file: 'apps/kaneo/release.yaml', line: 9, message: "GitRepository kaneo: tag 'v2' is a sliding version: pin the full version (such as 1.2.3)" },
    ]);
  });
});
