import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/infra-in-apps';

describe('flux-lvm-openbao/infra-in-apps', () => {
  it('passes when apps install no cluster controller', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a controller chart in the apps folder', () => {
    const tree = edit(demo(), 'apps/podinfo/release.yaml', ['chart: podinfo', 'chart: cert-manager']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 22, message: 'HelmRelease podinfo installs the cluster controller cert-manager from the apps folder' },
    ]);
  });
});
