import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/mutable-tag';

describe('flux-lvm-openbao/mutable-tag', () => {
  it('passes on exact tags in workloads and Helm values', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports latest, a missing tag, a malformed digest behind a mutable tag and a sliding tag in values', () => {
    let tree = edit(demo(), 'apps/mealie/deployment.yaml', ['mealie:v3.16.0', 'mealie:latest']);
    tree = edit(tree, 'apps/llama/auth-proxy.yaml', ['image: caddy:2.11.4-alpine', 'image: caddy']);
    tree = edit(tree, 'apps/teamspeak/statefulset.yaml', ['teamspeak:3.13.7', 'teamspeak:stable@sha256:0123']);
    tree = edit(tree, 'apps/podinfo/release.yaml', ['tag: "6.9.1"', 'tag: "6.9"']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/llama/auth-proxy.yaml', line: 25, message: 'Image caddy of container caddy (Deployment llama-proxy): it has no tag, so it pulls latest: pin an exact version' },
      { file: 'apps/mealie/deployment.yaml', line: 26, message: "Image ghcr.io/mealie-recipes/mealie:latest of container mealie (Deployment mealie): tag 'latest' is mutable: pin an exact version" },
      { file: 'apps/podinfo/release.yaml', line: 47, message: "Tag 6.9 at values.image.tag of HelmRelease podinfo: tag '6.9' is a sliding version: pin the full version (such as 1.2.3)" },
      {
        file: 'apps/teamspeak/statefulset.yaml',
        line: 24,
        message: "Image teamspeak:stable@sha256:0123 of container teamspeak (StatefulSet teamspeak): tag 'stable' is mutable: pin an exact version",
      },
    ]);
  });

  const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

  it('reports a two-part tag, and accepts what a digest pins: tag@sha256 in a workload, in values, as the tag, or beside it', () => {
    let tree = edit(demo(), 'apps/mealie/deployment.yaml', ['mealie:v3.16.0', 'mealie:1.2']);
    tree = edit(tree, 'apps/teamspeak/statefulset.yaml', ['teamspeak:3.13.7', `teamspeak:latest@${DIGEST}`]);
    tree = edit(tree, 'apps/podinfo/release.yaml', ['tag: "6.9.1"', `tag: "6.9@${DIGEST}"`]);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/deployment.yaml', line: 26, message: "Image ghcr.io/mealie-recipes/mealie:1.2 of container mealie (Deployment mealie): tag '1.2' is a sliding version: pin the full version (such as 1.2.3)" },
    ]);
    expect(lintRule(ID, edit(demo(), 'apps/podinfo/release.yaml', ['tag: "6.9.1"', `tag: "${DIGEST}"`]))).toEqual([]);
    expect(lintRule(ID, edit(demo(), 'apps/podinfo/release.yaml', ['tag: "6.9.1"', `tag: "6.9"\n      digest: "${DIGEST}"`]))).toEqual([]);
  });
});
