import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { createDemoBareRepository, pushApp } from '../__testUtils__/demoRepository';
import { startGitHttpServer } from '@homeport/plugin-gitops-node/testUtils';
import { GitopsEntityProvider } from './GitopsEntityProvider';

jest.setTimeout(60_000);

describe('GitopsEntityProvider against a git HTTP server on loopback that stalls', () => {
  let tmp: string;
  let bare: string;
  let server: Awaited<ReturnType<typeof startGitHttpServer>>;

  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-stalled-'));
    bare = await createDemoBareRepository(tmp);
    server = await startGitHttpServer(tmp);
  });
  afterEach(async () => {
    await server.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('stops the stalled git call within the configured timeout, logs it, keeps the entities and recovers', async () => {
    const url = server.url(path.basename(bare));
    const config = new ConfigReader({
      homeport: {
        cacheDir: path.join(tmp, 'cache'),
        timeouts: { git: { seconds: 2 } },
        repositories: [{ id: 'demo', url, branch: 'main', profile: 'flux-lvm-openbao' }],
      },
    });
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    const scheduler = mockServices.scheduler.mock();
    const [provider] = GitopsEntityProvider.fromConfig(config, { logger, scheduler });
    const connection: jest.Mocked<EntityProviderConnection> = { applyMutation: jest.fn(), refresh: jest.fn() };
    await provider.connect(connection);
    const task = scheduler.scheduleTask.mock.calls[0][0].fn as () => Promise<void>;
    const names = (call: number) => {
      const mutation = connection.applyMutation.mock.calls[call][0];
      return (mutation.type === 'full' ? mutation.entities : mutation.added).map(e => e.entity.metadata.name);
    };

    // Answering: the branch is read over HTTP.
    await task();
    expect(logger.error).not.toHaveBeenCalled();
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(names(0)).not.toContain('whoami');

    // The branch moves, and the server stalls: the refresh ends within the timeout.
    await pushApp(bare, tmp, 'whoami');
    server.state.stalled = true;
    const requestsBefore = server.state.requests;
    const started = Date.now();
    await expect(task()).resolves.toBeUndefined();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(2_000);
    expect(took).toBeLessThan(6_000);
    expect(server.state.requests).toBeGreaterThan(requestsBefore);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      `Could not refresh GitOps repository 'demo' from ${url}; the catalog keeps its last good entities: git ls-remote timed out after 2 s and was stopped`,
    );
    // Nothing applied: the catalog keeps the last good entities. The killed git closed its connection.
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50 && server.openConnections() > 0; i++) await new Promise(r => setTimeout(r, 100));
    expect(server.openConnections()).toBe(0);

    // Answering again: the next refresh is not stuck behind the stalled one, and reads the moved branch.
    server.state.stalled = false;
    await task();
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(connection.applyMutation).toHaveBeenCalledTimes(2);
    // The second read is a delta: the pushed app is among the added entities.
    expect(connection.applyMutation.mock.calls[1][0].type).toBe('delta');
    expect(names(1)).toContain('whoami');
  });
});
