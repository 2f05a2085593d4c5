import { addConfigPatchToMakefile } from './talos';

const MAKEFILE = [
  'gen-talos-config:',
  '\ttalosctl gen config \\',
  '\t\t--config-patch @talos/patches/llama.patch \\',
  '\t\t-o talos/generated/node.yaml',
  '',
  'apply-talos-config:',
  '\ttalosctl apply-config -f talos/generated/node.yaml',
  '',
].join('\n');

describe('addConfigPatchToMakefile', () => {
  it('adds the patch after the last one, with its indentation', () => {
    expect(addConfigPatchToMakefile('Makefile', MAKEFILE, 'gen-talos-config', 'talos/patches/comfyui.patch')).toBe(
      MAKEFILE.replace(
        '\t\t--config-patch @talos/patches/llama.patch \\\n',
        '\t\t--config-patch @talos/patches/llama.patch \\\n\t\t--config-patch @talos/patches/comfyui.patch \\\n',
      ),
    );
  });

  it('continues the command when the last patch ended it', () => {
    const text = 'gen-talos-config:\n\ttalosctl gen config \\\n\t\t--config-patch @a.patch\n';
    expect(addConfigPatchToMakefile('Makefile', text, 'gen-talos-config', 'b.patch')).toBe(
      'gen-talos-config:\n\ttalosctl gen config \\\n\t\t--config-patch @a.patch \\\n\t\t--config-patch @b.patch\n',
    );
  });

  it('leaves a Makefile that has the patch already unchanged', () => {
    expect(addConfigPatchToMakefile('Makefile', MAKEFILE, 'gen-talos-config', 'talos/patches/llama.patch')).toBe(MAKEFILE);
  });

  it('refuses a Makefile without the target or without patches', () => {
    expect(() => addConfigPatchToMakefile('Makefile', 'all:\n\techo\n', 'gen-talos-config', 'x.patch')).toThrow(
      'Makefile has no gen-talos-config target to add x.patch to',
    );
    expect(() => addConfigPatchToMakefile('Makefile', 'gen-talos-config:\n\ttalosctl gen config\n', 'gen-talos-config', 'x.patch')).toThrow(
      'Makefile: the gen-talos-config target passes no --config-patch; add @x.patch by hand',
    );
  });
});
