import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { startGitHttpServer } from '@homeport/plugin-gitops-node/testUtils';
import { createDemoBareRepository } from '../__testUtils__/demoRepository';
import { GitopsEntityProvider } from './GitopsEntityProvider';

jest.setTimeout(60_000);

const TOKEN = 'glpat-loopback-secret';

describe('GitopsEntityProvider against a private repository over HTTP', () => {
  let tmp: string;
  let server: Awaited<ReturnType<typeof startGitHttpServer>>;
  let url: string;

  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-private-'));
    const bare = await createDemoBareRepository(tmp);
    server = await startGitHttpServer(tmp, { token: TOKEN });
    url = server.url(path.basename(bare));
  });
  afterEach(async () => {
    await server.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  function provider(token: string) {
    const config = new ConfigReader({
      integrations: { gitlab: [{ host: server.host, apiBaseUrl: `http://${server.host}/api/v4`, token }] },
      homeport: {
        cacheDir: path.join(tmp, 'cache'),
        repositories: [{ id: 'demo', url, branch: 'main', profile: 'flux-lvm-openbao' }],
      },
    });
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    const scheduler = mockServices.scheduler.mock();
    const [p] = GitopsEntityProvider.fromConfig(config, { logger, scheduler });
    return { p, logger, scheduler, config };
  }

  it('reads the repository with the token of its integration, and leaves the token nowhere on disk', async () => {
    const { p, logger, scheduler } = provider(TOKEN);
    const connection: jest.Mocked<EntityProviderConnection> = { applyMutation: jest.fn(), refresh: jest.fn() };
    await p.connect(connection);
    await (scheduler.scheduleTask.mock.calls[0][0].fn as () => Promise<void>)();
    expect(logger.error).not.toHaveBeenCalled();
    const mutation = connection.applyMutation.mock.calls[0][0];
    expect(mutation.type === 'full' && mutation.entities.map(e => e.entity.metadata.name)).toEqual(
      expect.arrayContaining(['podinfo', 'mealie', 'teamspeak', 'llama']),
    );
    expect(server.state.authorizations.at(-1)).toBe(`Basic ${Buffer.from(`oauth2:${TOKEN}`).toString('base64')}`);
    const mirror = path.join(tmp, 'cache');
    const grep = async (dir: string): Promise<string[]> => {
      const hits: string[] = [];
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) hits.push(...(await grep(full)));
        else if ((await fs.readFile(full)).includes(TOKEN)) hits.push(full);
      }
      return hits;
    };
    expect(await grep(mirror)).toEqual([]);
  });

  it('logs a precise error naming the integration for a wrong token, and applies nothing', async () => {
    const { p, logger, scheduler } = provider('wrong-token');
    const connection: jest.Mocked<EntityProviderConnection> = { applyMutation: jest.fn(), refresh: jest.fn() };
    await p.connect(connection);
    await (scheduler.scheduleTask.mock.calls[0][0].fn as () => Promise<void>)();
    expect(connection.applyMutation).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith(
      `Could not refresh GitOps repository 'demo' from ${url}; the catalog keeps its last good entities: git ls-remote failed: fatal: could not read Username for 'http://${server.host}': terminal prompts disabled (the server refused the credentials of integrations.gitlab (${server.host}))`,
    );
  });
});
