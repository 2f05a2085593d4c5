import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/renovate-comment';

describe('flux-lvm-openbao/renovate-comment', () => {
  it('passes when tags in values carry the comment', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a tag without the comment, unless the update bot is off', () => {
    const tree = edit(demo(), 'apps/podinfo/release.yaml', [' # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io', '']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 47, message: "Tag 6.9.1 at values.image.tag of HelmRelease podinfo has no '# renovate: depName=…' comment: Renovate will not update it" },
    ]);
    expect(lintRule(ID, tree, { profileOptions: { updateBot: 'none' } })).toEqual([]);
  });

  it('accepts the comment on the line above', () => {
    const tree = edit(demo(), 'apps/podinfo/release.yaml', [
      '      tag: "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
      '      # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io\n      tag: "6.9.1"',
    ]);
    expect(lintRule(ID, tree)).toEqual([]);
  });
});
