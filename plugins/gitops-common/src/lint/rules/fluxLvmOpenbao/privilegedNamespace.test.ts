import { demo, edit, lintRule, withFiles } from '../../testing';
import { makeRecipe } from './privilegedNamespace';

const ID = 'flux-lvm-openbao/privileged-namespace';

describe('flux-lvm-openbao/privileged-namespace', () => {
  it('passes when a patch the Makefile applies exempts the namespace', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a patch the Makefile does not apply', () => {
    const tree = edit(demo(), 'Makefile', ['\t\t--config-patch @talos/patches/llama.patch \\\n', '']);
    expect(lintRule(ID, tree)).toEqual([
      {
        file: 'apps/llama/deployment.yaml',
        line: 48,
        message:
          'Deployment llama-swap runs privileged in namespace llama (container llama-swap is privileged and it mounts the device /dev/kfd and it mounts the device /dev/dri): talos/patches/llama.patch exempts the namespace, but the gen-talos-config target of Makefile does not apply it',
      },
    ]);
  });

  it('reports a device hostPath in a namespace no patch exempts', () => {
    const tree = withFiles(edit(demo(), 'apps/llama/deployment.yaml', ['          securityContext:\n            privileged: true\n', '']), {
      'talos/patches/llama.patch': undefined,
    });
    expect(lintRule(ID, tree)).toEqual([
      {
        file: 'apps/llama/deployment.yaml',
        line: 53,
        message: 'Deployment llama-swap runs privileged in namespace llama (it mounts the device /dev/kfd and it mounts the device /dev/dri), which no patch in talos/patches/ exempts from PodSecurity',
      },
    ]);
  });

  it('reads the Makefile target from the options', () => {
    expect(lintRule(ID, demo(), { profileOptions: { talos: { target: 'apply-talos-config' } } }).length).toBe(1);
  });
});

describe('makeRecipe', () => {
  it('returns the recipe lines of a target', () => {
    expect(makeRecipe('a:\n\techo a\n\techo b\n\nb:\n\techo c\n', 'a')).toEqual(['\techo a', '\techo b']);
    expect(makeRecipe('a:\n\techo a\n', 'c')).toBeUndefined();
  });
});
