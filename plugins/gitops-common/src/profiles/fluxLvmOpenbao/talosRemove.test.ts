import fs from 'node:fs';
import path from 'node:path';
import { DEMO_REPO } from '../../testUtils/paths';
import { removeConfigPatchFromMakefile } from './talos';

const MAKEFILE = fs.readFileSync(path.join(DEMO_REPO, 'Makefile'), 'utf8');

describe('removeConfigPatchFromMakefile', () => {
  it("removes the patch's line from the demo repository's gen-talos-config target, and nothing else", () => {
    const { text, removed } = removeConfigPatchFromMakefile(MAKEFILE, 'talos/patches/llama.patch');
    expect(removed).toEqual(['--config-patch @talos/patches/llama.patch']);
    expect(text).toBe(MAKEFILE.replace('\t\t--config-patch @talos/patches/llama.patch \\\n', ''));
  });

  it('takes the continuation off the line before when the removed line ended the command', () => {
    const text = 'gen:\n\ttalosctl gen config \\\n\t\t--config-patch @a.patch \\\n\t\t--config-patch @b.patch\n';
    expect(removeConfigPatchFromMakefile(text, 'b.patch')).toEqual({
      text: 'gen:\n\ttalosctl gen config \\\n\t\t--config-patch @a.patch\n',
      removed: ['--config-patch @b.patch'],
    });
  });

  it('leaves a Makefile without the patch as it is', () => {
    expect(removeConfigPatchFromMakefile(MAKEFILE, 'talos/patches/other.patch')).toEqual({ text: MAKEFILE, removed: [] });
  });
});

it('removes the flag from a command on one line and keeps its other words', () => {
  expect(removeConfigPatchFromMakefile('gen:\n\ttalosctl gen config --config-patch @a.patch -o out\n', 'a.patch')).toEqual({
    text: 'gen:\n\ttalosctl gen config -o out\n',
    removed: ['--config-patch @a.patch'],
  });
});
