import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { pendingRepository } from './__testUtils__/pendingRepository';
import { gitopsPlugin } from './plugin';

describe('the gitops backend routes', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-pending-plugin-'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  async function start() {
    const bare = await pendingRepository(root);
    const { server } = await startTestBackend({
      features: [
        gitopsPlugin,
        // An unauthenticated request carries no credentials (the mock default is a user).
        mockServices.httpAuth.factory({ defaultCredentials: mockCredentials.none() }),
        mockServices.rootConfig.factory({
          data: {
            homeport: {
              cacheDir: path.join(root, 'cache'),
              repositories: [
                { id: 'demo', url: bare, profile: 'flux-lvm-openbao' },
                { id: 'gone', url: path.join(root, 'missing.git') },
              ],
            },
          },
        }),
      ],
    });
    return `http://localhost:${(server.address() as AddressInfo).port}/api/gitops/pending`;
  }

  it('lists the pending changes for a signed-in user, and names a repository it cannot read', async () => {
    const url = await start();
    const res = await fetch(url, { headers: { Authorization: mockCredentials.user.header() } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items.map((c: any) => [c.repository, c.branch, c.app, c.author.name, c.checklist.length])).toEqual([
      ['demo', 'homeport/podinfo', 'podinfo', 'Ada', 2],
    ]);
    expect(body.errors).toEqual([{ repository: 'gone', message: "Cannot read the pending changes of GitOps repository 'gone'" }]);
  });

  it('lists the configured repository ids in order', async () => {
    const url = await start();
    const res = await fetch(url.replace(/pending$/, 'repositories'), { headers: { Authorization: mockCredentials.user.header() } });
    expect(await res.json()).toEqual({ items: [{ id: 'demo', publishType: 'branch' }, { id: 'gone', publishType: 'branch' }] });
  });

  it('refuses a request without credentials', async () => {
    const url = await start();
    expect((await fetch(url)).status).toBe(401);
  });
});
