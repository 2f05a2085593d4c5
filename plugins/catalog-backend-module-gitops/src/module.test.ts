import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { runGit } from '@homeport/plugin-gitops-node';
import { DEMO_REPO } from './__testUtils__/paths';
import { catalogModuleGitops } from './module';
import { GitopsEntityProvider } from './provider';

describe('catalogModuleGitops', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-module-'));
  });
  afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

  it('creates the demo repository and registers one provider per repository', async () => {
    const providers: EntityProvider[] = [];
    const target = path.join(tmp, 'data/gitops-demo.git');
    const backend = await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          { addEntityProvider: (...p: any[]) => providers.push(...p.flat()) },
        ],
      ],
      features: [
        catalogModuleGitops,
        mockServices.rootConfig.factory({
          data: {
            homeport: {
              cacheDir: path.join(tmp, 'cache'),
              repositories: [
                { id: 'demo', url: target, seedFrom: DEMO_REPO },
                {
                  id: 'lab',
                  url: 'https://github.com/homelab/cluster.git',
                  schedule: {
                    frequency: { minutes: 5 },
                    timeout: { minutes: 1 },
                  },
                },
              ],
            },
          },
        }),
      ],
    });
    try {
      expect(providers.map(p => p.getProviderName())).toEqual([
        'gitops-provider:demo',
        'gitops-provider:lab',
      ]);
      expect(providers.every(p => p instanceof GitopsEntityProvider)).toBe(
        true,
      );
      expect((providers[1] as GitopsEntityProvider).schedule).toEqual({
        frequency: { minutes: 5 },
        timeout: { minutes: 1 },
      });
      expect(
        (
          await runGit(['rev-parse', '--is-bare-repository'], { cwd: target })
        ).trim(),
      ).toBe('true');
    } finally {
      await backend.stop();
    }
  });
});
