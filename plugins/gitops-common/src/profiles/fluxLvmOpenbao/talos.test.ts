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
      'Makefile: the gen-talos-config target passes no --config-patch to the command that writes the control-plane config; add @x.patch by hand',
    );
    const workersOnly = 'gen-talos-config:\n\ttalosctl gen config --output-types worker \\\n\t\t--config-patch @w.patch\n';
    expect(() => addConfigPatchToMakefile('Makefile', workersOnly, 'gen-talos-config', 'x.patch')).toThrow(
      'Makefile: no talosctl gen config command of the gen-talos-config target writes the control-plane config; add @x.patch by hand where it is generated',
    );
  });

  // A real two-command target: the control plane and the workers get separate configs.
  const TWO_COMMANDS = [
    'gen-talos-config:',
    '\tmkdir -p talos/generated',
    '\ttalosctl gen config \\',
    '\t\t--with-secrets secrets.yaml \\',
    '\t\t--config-patch @talos/patches/controlplane.patch \\',
    '\t\t--output-types controlplane -o talos/generated/controlplane.yaml \\',
    '\t\thomelab https://kube.example.org:6443',
    '\ttalosctl gen config \\',
    '\t\t--with-secrets secrets.yaml \\',
    '\t\t--config-patch @talos/patches/worker.patch \\',
    '\t\t--output-types worker -o talos/generated/worker.yaml \\',
    '\t\thomelab https://kube.example.org:6443',
    '',
  ].join('\n');

  it('adds the patch to the command that writes the control-plane config, not to the last one', () => {
    expect(addConfigPatchToMakefile('Makefile', TWO_COMMANDS, 'gen-talos-config', 'talos/patches/comfyui.patch')).toBe(
      TWO_COMMANDS.replace(
        '\t\t--config-patch @talos/patches/controlplane.patch \\\n',
        '\t\t--config-patch @talos/patches/controlplane.patch \\\n\t\t--config-patch @talos/patches/comfyui.patch \\\n',
      ),
    );
  });

  it('uses --config-patch-control-plane where one command writes both configs with it', () => {
    const text = [
      'gen-talos-config:',
      '\ttalosctl gen config homelab https://kube.example.org:6443 \\',
      '\t\t--config-patch-control-plane @cp.patch \\',
      '\t\t--config-patch-worker @worker.patch',
      '',
    ].join('\n');
    expect(addConfigPatchToMakefile('Makefile', text, 'gen-talos-config', 'gpu.patch')).toBe(
      text.replace('\t\t--config-patch-control-plane @cp.patch \\\n', '\t\t--config-patch-control-plane @cp.patch \\\n\t\t--config-patch-control-plane @gpu.patch \\\n'),
    );
  });
});
