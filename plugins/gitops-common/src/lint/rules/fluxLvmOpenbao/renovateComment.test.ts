import { demo, edit, lintRule, withFiles } from '../../testing';

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

  const uncommented = () => edit(demo(), 'apps/podinfo/release.yaml', [' # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io', '']);

  it('says nothing in a repository without a Renovate configuration, and reads each place one can be', () => {
    const bare = withFiles(uncommented(), { 'renovate.json': undefined });
    expect(lintRule(ID, bare)).toEqual([]);
    const finding = { file: 'apps/podinfo/release.yaml', line: 47, message: "Tag 6.9.1 at values.image.tag of HelmRelease podinfo has no '# renovate: depName=…' comment: Renovate will not update it" };
    for (const file of ['.github/renovate.json5', '.renovaterc', '.renovate/base.json5', '.woodpecker/renovate.yaml'])
      expect(lintRule(ID, withFiles(bare, { [file]: '{}' }))).toEqual([finding]);
    expect(lintRule(ID, withFiles(bare, { 'package.json': '{"name":"x","renovate":{}}' }))).toEqual([finding]);
    expect(lintRule(ID, withFiles(bare, { 'package.json': '{"name":"x"}' }))).toEqual([]);
  });

  it('resolves a YAML alias: the comment on the anchor counts, and the message names the value', () => {
    const anchored = edit(demo(), 'apps/podinfo/release.yaml', [
      '    replicaCount: 1\n',
      '    replicaCount: 1\n    version: &podinfo "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io\n',
    ], ['tag: "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io', 'tag: *podinfo']);
    expect(lintRule(ID, anchored)).toEqual([]);
    const bareAnchor = edit(anchored, 'apps/podinfo/release.yaml', [' # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io', '']);
    expect(lintRule(ID, bareAnchor)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 48, message: "Tag 6.9.1 at values.image.tag of HelmRelease podinfo has no '# renovate: depName=…' comment: Renovate will not update it" },
    ]);
  });
});
