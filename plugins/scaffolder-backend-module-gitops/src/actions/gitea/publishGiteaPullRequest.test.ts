import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { gitopsActionOptions } from '../options';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parse } from 'yaml';
import { createPublishGiteaPullRequestAction } from './publishGiteaPullRequest';
import { examples } from './publishGiteaPullRequest.examples';
import { startStubGitea } from './stubGiteaServer';

const AUTH = `basic ${Buffer.from('homeport:s3cret').toString('base64')}`;

function options(config: object, result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW) {
  return gitopsActionOptions(new ConfigReader(config), mockServices.permissions({ result }));
}

describe('publish:gitea:pull-request against a stub Gitea on loopback', () => {
  let gitea: Awaited<ReturnType<typeof startStubGitea>>;
  let workspace: string;
  let action: ReturnType<typeof createPublishGiteaPullRequestAction>;

  beforeEach(async () => {
    gitea = await startStubGitea({
      owner: 'homelab',
      repo: 'cluster',
      authorization: AUTH,
      files: { 'apps/kustomization.yaml': 'resources:\n  - podinfo\n', 'README.md': '# cluster\n' },
    });
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-gitea-'));
    await fs.mkdir(path.join(workspace, 'changes/apps/whoami'), { recursive: true });
    await fs.writeFile(path.join(workspace, 'changes/apps/kustomization.yaml'), 'resources:\n  - podinfo\n  - whoami\n');
    await fs.writeFile(path.join(workspace, 'changes/apps/whoami/namespace.yaml'), 'kind: Namespace\n');
    action = createPublishGiteaPullRequestAction(
      options({ integrations: { gitea: [{ host: gitea.host, baseUrl: gitea.baseUrl, username: 'homeport', password: 's3cret' }] } }),
    );
  });
  afterEach(async () => {
    await gitea.close();
    await fs.rm(workspace, { recursive: true, force: true });
  });

  const input = (extra: object = {}) => ({
    repoUrl: `${gitea.host}?owner=homelab&repo=cluster`,
    branchName: 'homeport/whoami',
    title: 'Add whoami',
    description: '- [ ] Create the DNS name',
    sourcePath: 'changes',
    ...extra,
  });

  it('commits the files on a new branch and opens the pull request', async () => {
    const ctx = createMockActionContext({ input: input(), workspacePath: workspace });
    await action.handler(ctx as any);
    expect(Object.fromEntries([...gitea.branches.get('homeport/whoami')!])).toEqual({
      'README.md': '# cluster\n',
      'apps/kustomization.yaml': 'resources:\n  - podinfo\n  - whoami\n',
      'apps/whoami/namespace.yaml': 'kind: Namespace\n',
    });
    expect(gitea.pulls).toEqual([
      { number: 1, head: 'homeport/whoami', base: 'main', title: 'Add whoami', body: '- [ ] Create the DNS name' },
    ]);
    expect(ctx.output).toHaveBeenCalledWith('pullRequestUrl', 'http://stub/homelab/cluster/pulls/1');
    expect(gitea.requests).toEqual([
      'GET /api/v1/repos/homelab/cluster',
      'GET /api/v1/repos/homelab/cluster/branches/homeport%2Fwhoami',
      'GET /api/v1/repos/homelab/cluster/contents/apps/kustomization.yaml?ref=main',
      'GET /api/v1/repos/homelab/cluster/contents/apps/whoami/namespace.yaml?ref=main',
      'POST /api/v1/repos/homelab/cluster/contents',
      'POST /api/v1/repos/homelab/cluster/pulls',
    ]);
  });

  it('refuses a branch that exists and changes nothing', async () => {
    gitea.branches.set('homeport/whoami', new Map());
    await expect(action.handler(createMockActionContext({ input: input(), workspacePath: workspace }) as any)).rejects.toThrow(
      'Branch homeport/whoami already exists in homelab/cluster: a change is already pending there',
    );
    expect(gitea.pulls).toEqual([]);
  });

  it('reports a host without integration, and bad credentials, precisely', async () => {
    await expect(
      action.handler(createMockActionContext({ input: input({ repoUrl: 'git.example.com?owner=a&repo=b' }), workspacePath: workspace }) as any),
    ).rejects.toThrow('No matching integration configuration for host git.example.com, please check your integrations config');
    const wrong = createPublishGiteaPullRequestAction(
      options({ integrations: { gitea: [{ host: gitea.host, baseUrl: gitea.baseUrl, password: 'nope' }] } }),
    );
    await expect(wrong.handler(createMockActionContext({ input: input(), workspacePath: workspace }) as any)).rejects.toThrow(
      'GET / on homelab/cluster failed with HTTP 401: unauthorized',
    );
  });

  it('reports an unreachable server', async () => {
    await gitea.close();
    await expect(action.handler(createMockActionContext({ input: input(), workspacePath: workspace }) as any)).rejects.toThrow(
      `Gitea at ${gitea.baseUrl}/api/v1/repos/homelab/cluster is unreachable`,
    );
    gitea = await startStubGitea({ owner: 'x', repo: 'y', authorization: AUTH, files: {} }); // for afterEach
  });

  it('runs its example in a dry run without writing', async () => {
    const example = parse(examples[0].example).steps[0].input;
    // createMockActionContext keeps no isDryRun of its own: set it on the context.
    const ctx = {
      ...createMockActionContext({
        input: { ...example, repoUrl: `${gitea.host}?owner=homelab&repo=cluster` },
        workspacePath: workspace,
      }),
      isDryRun: true,
    };
    await action.handler(ctx as any);
    expect(ctx.output).toHaveBeenCalledWith('targetBranchName', 'main');
    expect(gitea.pulls).toEqual([]);
    expect([...gitea.branches.keys()]).toEqual(['main']);
  });

  it('refuses a privileged file to a guest and sends nothing but the lookups', async () => {
    await fs.writeFile(path.join(workspace, 'changes/apps/whoami/pod.yaml'), 'kind: Pod\nmetadata: { name: x, namespace: whoami }\nspec: { hostNetwork: true }\n');
    const guest = createPublishGiteaPullRequestAction(
      options({ integrations: { gitea: [{ host: gitea.host, baseUrl: gitea.baseUrl, username: 'homeport', password: 's3cret' }] } }, AuthorizeResult.DENY),
    );
    await expect(guest.handler(createMockActionContext({ input: input(), workspacePath: workspace }) as any)).rejects.toThrow(
      "Creating a GPU or privileged workload needs the permission gitops.workload.privileged.create: apps/whoami/pod.yaml (Pod x): spec.hostNetwork is true (shares the host's network namespace). Namespace whoami would need the PodSecurity level privileged: the baseline level forbids privileged containers, host namespaces, hostPath volumes, host ports and added capabilities. Ask a member of the admin groups (homeport.admins) to run this template.",
    );
    expect(gitea.requests).toEqual([]);
    expect(gitea.pulls).toEqual([]);
  });

  it('stops a request to a server that accepts and never answers after homeport.timeouts.http', async () => {
    const sockets: net.Socket[] = [];
    const stalled = net.createServer(socket => {
      sockets.push(socket);
      socket.resume();
    });
    await new Promise<void>(resolve => stalled.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(stalled.address() as net.AddressInfo).port}`;
    try {
      const slow = createPublishGiteaPullRequestAction(
        options({ homeport: { timeouts: { http: { seconds: 1 } } }, integrations: { gitea: [{ host, baseUrl: `http://${host}`, password: 't' }] } }),
      );
      const started = Date.now();
      await expect(
        slow.handler(createMockActionContext({ input: input({ repoUrl: `${host}?owner=homelab&repo=cluster` }), workspacePath: workspace }) as any),
      ).rejects.toThrow(`Gitea at http://${host}/api/v1/repos/homelab/cluster did not answer GET / within 1 s (homeport.timeouts.http): the request was stopped`);
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise(resolve => stalled.close(resolve));
    }
  });
});
