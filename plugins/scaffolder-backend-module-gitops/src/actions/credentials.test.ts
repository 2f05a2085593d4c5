import fs from 'node:fs/promises';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { runGit } from '@homeport/plugin-gitops-node';
import { startGitHttpServer } from '@homeport/plugin-gitops-node/testUtils';
import { createTestRepository } from '../__testUtils__/testRepository';
import { createGitopsCheckoutAction } from './checkout';
import { gitopsActionOptions } from './options';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsRenderAction } from './render';

const TOKEN = 'ghp-actions-loopback-secret';

describe('the actions against a private repository over HTTP, with the credentials of integrations.github', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  let server: Awaited<ReturnType<typeof startGitHttpServer>>;
  let url: string;
  beforeEach(async () => {
    t = await createTestRepository();
    server = await startGitHttpServer(t.root, { token: TOKEN });
    url = server.url(path.basename(t.bare));
  });
  afterEach(async () => {
    await server.close();
    await t.cleanup();
  });

  const optionsWith = (token: string) =>
    gitopsActionOptions(
      new ConfigReader({
        integrations: { github: [{ host: server.host, apiBaseUrl: `http://${server.host}/api`, token }] },
        homeport: { cacheDir: path.join(t.root, 'cache'), repositories: [{ id: 'demo', url, profile: 'flux-lvm-openbao' }] },
      }),
      mockServices.permissions({ result: AuthorizeResult.ALLOW }),
    );

  async function run(action: any, input: object, workspace: string) {
    await fs.mkdir(workspace, { recursive: true });
    const ctx = createMockActionContext({ input: input as any, workspacePath: workspace });
    await action.handler(ctx);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls) as Record<string, any>;
  }

  it('clones, pushes a branch, then stacks a second change onto it, with the token sent as a header only', async () => {
    const options = optionsWith(TOKEN);
    const first = path.join(t.root, 'task-1');
    await run(createGitopsCheckoutAction(options), { changeBranch: 'homeport/podinfo' }, first);
    await run(createGitopsRenderAction(options), { specs: [{ kind: 'postgres', app: 'podinfo', size: '2Gi' }] }, first);
    expect((await run(createGitopsPublishBranchAction(options), { branch: 'homeport/podinfo', message: 'Add a database' }, first)).mode).toBe('create');

    const second = path.join(t.root, 'task-2');
    const checkout = await run(createGitopsCheckoutAction(options), { changeBranch: 'homeport/podinfo' }, second);
    expect(checkout.pendingCommits).toBe(1);
    await run(createGitopsRenderAction(options), { specs: [{ kind: 'tcp', app: 'podinfo', ports: [{ name: 'grpc', port: 9999 }] }] }, second);
    expect((await run(createGitopsPublishBranchAction(options), { branch: 'homeport/podinfo', message: 'Expose podinfo' }, second)).mode).toBe('stack');

    expect((await runGit(['log', '--format=%s', 'main..homeport/podinfo'], { cwd: t.bare })).trim().split('\n')).toEqual(['Expose podinfo', 'Add a database']);
    const sent = server.state.authorizations;
    expect(sent.length).toBeGreaterThan(4);
    expect(new Set(sent)).toEqual(new Set([`Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`]));
    for (const workspace of [first, second]) {
      expect(await fs.readFile(path.join(workspace, 'repo/.git/config'), 'utf8')).not.toContain(TOKEN);
    }
  });

  it('refuses with a precise message naming the integration when the token is wrong, and writes nothing', async () => {
    const workspace = path.join(t.root, 'task-wrong');
    await expect(run(createGitopsCheckoutAction(optionsWith('wrong')), {}, workspace)).rejects.toThrow(
      `Cannot clone GitOps repository 'demo' (${url}) (branch main): fatal: could not read Username for 'http://${server.host}': terminal prompts disabled (the server refused the credentials of integrations.github (${server.host}))`,
    );
    expect(await fs.readdir(path.join(workspace, 'repo')).catch(() => [])).toEqual([]);
  });
});
