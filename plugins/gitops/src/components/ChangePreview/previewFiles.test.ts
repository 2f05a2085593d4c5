import { previewFiles } from './previewFiles';

describe('previewFiles', () => {
  it('lists written files with their action and text, and deleted files from the output', () => {
    expect(
      previewFiles(
        [
          { path: 'changes/apps/kustomization.yaml', base64Content: btoa('resources: []\n') },
          { path: 'repo/apps/kustomization.yaml', base64Content: btoa('ignored') },
        ],
        [
          { path: 'apps/kustomization.yaml', action: 'modify' },
          { path: 'apps/podinfo/release.yaml', action: 'delete' },
        ],
      ),
    ).toEqual([
      { path: 'apps/kustomization.yaml', content: 'resources: []\n', action: 'modify' },
      { path: 'apps/podinfo/release.yaml', content: '', action: 'delete' },
    ]);
  });
});
