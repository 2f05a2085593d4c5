import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { lintRepository, readRepository } from '@homeport/plugin-gitops-common';
import { readFileTree, runGit } from '@homeport/plugin-gitops-node';
import {
  createDemoBareRepository,
  pushApp,
} from '../__testUtils__/demoRepository';
import { servicesToEntities } from '../entities';
import { GitopsEntityProvider } from './GitopsEntityProvider';

describe('GitopsEntityProvider', () => {
  let tmp: string;
  let bare: string;
  let cacheDir: string;

  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-provider-'));
    bare = await createDemoBareRepository(tmp);
    cacheDir = path.join(tmp, 'cache');
  });
  afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

  function setup(repository: Record<string, unknown> = {}) {
    const config = new ConfigReader({
      homeport: {
        cacheDir,
        repositories: [
          {
            id: 'demo',
            url: bare,
            branch: 'main',
            profile: 'flux-lvm-openbao',
            defaultOwner: 'group:default/platform',
            ...repository,
          },
        ],
      },
    });
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    const scheduler = mockServices.scheduler.mock();
    const [provider, ...rest] = GitopsEntityProvider.fromConfig(config, {
      logger,
      scheduler,
    });
    expect(rest).toEqual([]);
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    return { provider, logger, scheduler, connection };
  }

  const names = (
    connection: jest.Mocked<EntityProviderConnection>,
    call: number,
  ) => {
    const mutation = connection.applyMutation.mock.calls[call][0];
    const applied = mutation.type === 'full' ? mutation.entities : mutation.added;
    return applied.map(e => `${e.entity.kind}:${e.entity.metadata.name}`);
  };

  it('schedules its reads: every 60 s by default, or on the configured schedule', async () => {
    const { provider, scheduler, connection } = setup();
    expect(provider.getProviderName()).toBe('gitops-provider:demo');
    await provider.connect(connection);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: 'gitops-provider:demo:refresh',
      frequency: { seconds: 60 },
      timeout: { seconds: 60 },
      fn: expect.any(Function),
    });

    const custom = setup({
      schedule: {
        frequency: { seconds: 5 },
        timeout: { seconds: 30 },
        initialDelay: { seconds: 1 },
      },
    });
    await custom.provider.connect(custom.connection);
    expect(custom.scheduler.scheduleTask).toHaveBeenCalledWith({
      id: 'gitops-provider:demo:refresh',
      frequency: { seconds: 5 },
      timeout: { seconds: 30 },
      initialDelay: { seconds: 1 },
      fn: expect.any(Function),
    });
  });

  it('applies the entities of the branch, then a new app after a commit, and skips a branch that did not move', async () => {
    const { provider, connection } = setup();
    await provider.connect(connection);
    const commit = (await runGit(['rev-parse', 'main'], { cwd: bare })).trim();

    await expect(provider.read()).resolves.toEqual({
      status: 'applied',
      commit,
      services: 4,
      entities: 8,
      mutation: { type: 'full' },
    });
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    // Exactly the mapping of the branch's files, read from the provider's checkout.
    const checkout = (await fs.readdir(cacheDir)).map(d =>
      path.join(cacheDir, d),
    );
    expect(checkout).toEqual([expect.stringMatching(/\/demo-[0-9a-f]{10}$/)]);
    const tree = await readFileTree(checkout[0]);
    const expected = servicesToEntities({
      services: readRepository(tree, { profile: 'flux-lvm-openbao' }).services,
      tree,
      repository: {
        id: 'demo',
        url: bare,
        branch: 'main',
        profile: 'flux-lvm-openbao',
        defaultOwner: 'group:default/platform',
        publishType: 'branch',
      },
      localRoot: checkout[0],
      commit,
      findings: lintRepository(tree, { profile: 'flux-lvm-openbao' }),
    });
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'full',
      entities: expected.map(entity => ({
        entity,
        locationKey: 'gitops-provider:demo',
      })),
    });
    const mealie = expected.find(e => e.metadata.name === 'mealie')!;
    expect(mealie.spec).toMatchObject({
      owner: 'group:default/home',
      dependsOn: [
        'resource:default/mealie-db',
        'resource:default/mealie-authentik',
      ],
    });
    expect(mealie.metadata.annotations).toMatchObject({
      'backstage.io/source-location': `file:${checkout[0]}/apps/mealie/`,
      'homeport.dev/commit': commit,
    });

    // The branch did not move: nothing is read or applied.
    await expect(provider.read()).resolves.toEqual({
      status: 'unchanged',
      commit,
    });
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);

    // A merged app appears on the next read: only the files of the new commit are read
    // from git, and only the new entity goes to the catalog; the others keep the commit
    // they were last changed at.
    const next = await pushApp(bare, tmp, 'whoami');
    await expect(provider.read()).resolves.toEqual({
      status: 'applied',
      commit: next,
      services: 5,
      entities: 9,
      mutation: { type: 'delta', added: 1, removed: 0 },
      changedFiles: 4,
    });
    expect(names(connection, 1)).toEqual(['Component:whoami']);
    const mutation = connection.applyMutation.mock.calls[1][0];
    const whoami =
      mutation.type === 'delta'
        ? mutation.added.find(e => e.entity.metadata.name === 'whoami')!.entity
        : undefined;
    expect(whoami?.spec).toEqual({
      type: 'worker',
      lifecycle: 'production',
      owner: 'group:default/platform', // CODEOWNERS: `*`
      system: 'demo',
      dependsOn: [],
    });
    expect(whoami?.metadata.annotations?.['homeport.dev/commit']).toBe(next);
  });

  it('logs a failed fetch and applies nothing: the last good entities stay', async () => {
    const { provider, logger, scheduler, connection } = setup();
    await provider.connect(connection);
    const task = scheduler.scheduleTask.mock.calls[0][0]
      .fn as () => Promise<void>;
    await task();
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();

    await fs.rename(bare, `${bare}.gone`);
    await pushApp(`${bare}.gone`, tmp, 'whoami'); // the branch moved, but cannot be fetched
    await expect(task()).resolves.toBeUndefined();
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(
          `^Could not refresh GitOps repository 'demo' from ${bare}; the catalog keeps its last good entities: git ls-remote failed: `,
        ),
      ),
    );
    await expect(provider.read()).rejects.toThrow(/git ls-remote failed/);

    // Reachable again: the moved branch is read.
    await fs.rename(`${bare}.gone`, bare);
    await task();
    expect(connection.applyMutation).toHaveBeenCalledTimes(2);
    expect(names(connection, 1)).toContain('Component:whoami');
  });

  it('refuses to read before the catalog connected it', async () => {
    const { provider } = setup();
    await expect(provider.read()).rejects.toThrow(
      'gitops-provider:demo is not connected to the catalog yet',
    );
  });
});
