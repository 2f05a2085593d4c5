import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeChangeSet } from './writeChangeSet';

describe('writeChangeSet', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-write-'));
    await fs.mkdir(path.join(root, 'apps/web'), { recursive: true });
    await fs.writeFile(path.join(root, 'apps/web/release.yaml'), 'kind: HelmRelease\n');
    await fs.writeFile(path.join(root, 'apps/kustomization.yaml'), 'resources:\n  - web\n');
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('deletes files, removes the folders they leave empty and writes the rest', async () => {
    const written = await writeChangeSet(root, {
      profile: 'flux-lvm-openbao',
      manualSteps: [],
      files: [
        { path: 'apps/kustomization.yaml', action: 'modify', content: 'resources: []\n', previous: 'resources:\n  - web\n' },
        { path: 'apps/web/release.yaml', action: 'delete', content: '', previous: 'kind: HelmRelease\n' },
      ],
    });
    expect(written).toEqual(['apps/kustomization.yaml', 'apps/web/release.yaml']);
    expect(await fs.readdir(path.join(root, 'apps'))).toEqual(['kustomization.yaml']);
    expect(await fs.readFile(path.join(root, 'apps/kustomization.yaml'), 'utf8')).toBe('resources: []\n');
  });

  it('refuses a delete of a file that changed, and writes nothing', async () => {
    await expect(
      writeChangeSet(root, {
        profile: 'flux-lvm-openbao',
        manualSteps: [],
        files: [
          { path: 'apps/kustomization.yaml', action: 'modify', content: 'resources: []\n', previous: 'resources:\n  - web\n' },
          { path: 'apps/web/release.yaml', action: 'delete', content: '', previous: 'kind: Deployment\n' },
        ],
      }),
    ).rejects.toThrow('apps/web/release.yaml changed since the change set was computed');
    expect(await fs.readFile(path.join(root, 'apps/kustomization.yaml'), 'utf8')).toBe('resources:\n  - web\n');
    expect(await fs.readFile(path.join(root, 'apps/web/release.yaml'), 'utf8')).toBe('kind: HelmRelease\n');
  });
});
