import fs from 'node:fs/promises';
import path from 'node:path';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { runGit } from '@homeport/plugin-gitops-node';
import { createTestRepository } from '../__testUtils__/testRepository';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsDecommissionAction } from './decommission';
import { createGitopsLintAction } from './lint';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsStepsDoneAction } from './stepsDone';
import { createGitopsUpgradeAction } from './upgrade';

describe('gitops:upgrade and gitops:decommission through checkout, lint and publish', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  afterEach(() => t.cleanup());
  const ctx = (input: object) => createMockActionContext({ input: input as any, workspacePath: t.workspace });
  const repo = () => path.join(t.workspace, 'repo');
  const branchDiff = (branch: string, ...args: string[]) => runGit(['diff', ...args, 'main', branch], { cwd: t.bare });

  it("pushes podinfo's new tag as a branch whose diff is that one line", async () => {
    t = await createTestRepository();
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const upgrade = ctx({ app: 'component:default/podinfo', tag: '6.9.2', replicas: '' });
    await createGitopsUpgradeAction(t.options).handler(upgrade);
    expect(upgrade.output).toHaveBeenCalledWith('files', [{ path: 'apps/podinfo/release.yaml', action: 'modify' }]);
    expect(upgrade.output).toHaveBeenCalledWith(
      'summary',
      '- image ghcr.io/stefanprodan/podinfo: 6.9.1 → 6.9.2 (`apps/podinfo/release.yaml`)\n',
    );
    expect(await fs.readFile(path.join(t.workspace, 'changes/apps/podinfo/release.yaml'), 'utf8')).toContain('tag: "6.9.2" # renovate:');
    const lint = ctx({});
    await createGitopsLintAction(t.options).handler(lint);
    expect(lint.output).toHaveBeenCalledWith('errors', 0);
    await createGitopsPublishBranchAction(t.options).handler(ctx({ branch: 'homeport/podinfo', message: 'Upgrade podinfo' }));
    expect(await branchDiff('homeport/podinfo', '--name-status')).toBe('M\tapps/podinfo/release.yaml\n');
    const lines = (await branchDiff('homeport/podinfo')).split('\n').filter(l => /^[-+][^-+]/.test(l));
    expect(lines).toEqual([
      '-      tag: "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
      '+      tag: "6.9.2" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
    ]);
  });

  it('refuses a mutable tag before anything is written', async () => {
    t = await createTestRepository();
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await expect(createGitopsUpgradeAction(t.options).handler(ctx({ app: 'podinfo', tag: 'latest' }))).rejects.toThrow(
      "Invalid upgrade: image.tag: tag 'latest' is mutable: pin an exact version",
    );
    expect(await runGit(['status', '--porcelain'], { cwd: repo() })).toBe('');
  });

  it("refuses a guest deleting llama's data, and writes nothing", async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await expect(createGitopsDecommissionAction(t.options).handler(ctx({ app: 'llama' }))).rejects.toThrow(
      'Decommissioning llama deletes its data (volume llama-models-lvmssd), which needs the permission gitops.service.data.delete. Ask a member of the admin groups (homeport.admins) to run this template, or keep the data.',
    );
    expect(await runGit(['status', '--porcelain'], { cwd: repo() })).toBe('');
  });

  it('lets a guest remove podinfo, which has no data, and pushes the deletions', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const decommission = ctx({ app: 'podinfo' });
    await createGitopsDecommissionAction(t.options).handler(decommission);
    expect(decommission.output).toHaveBeenCalledWith('deletesData', false);
    expect(decommission.output).toHaveBeenCalledWith('warning', '');
    await fs.access(path.join(repo(), 'apps/podinfo')).then(
      () => {
        throw new Error('apps/podinfo is still there');
      },
      () => undefined,
    );
    await createGitopsLintAction(t.options).handler(ctx({}));
    await createGitopsPublishBranchAction(t.options).handler(ctx({ branch: 'homeport/podinfo', message: 'Remove podinfo' }));
    expect(await branchDiff('homeport/podinfo', '--name-status')).toBe(
      [
        'M\tapps/kustomization.yaml',
        'D\tapps/podinfo/docs/index.md',
        'D\tapps/podinfo/ingress.yaml',
        'D\tapps/podinfo/kustomization.yaml',
        'D\tapps/podinfo/mkdocs.yml',
        'D\tapps/podinfo/namespace.yaml',
        'D\tapps/podinfo/release.yaml',
        '',
      ].join('\n'),
    );
  });

  it("lets an admin delete llama's data: the warning, and every file of its registration", async () => {
    t = await createTestRepository(AuthorizeResult.ALLOW);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const decommission = ctx({ app: 'llama' });
    await createGitopsDecommissionAction(t.options).handler(decommission);
    expect(decommission.output).toHaveBeenCalledWith('deletesData', true);
    expect(decommission.output).toHaveBeenCalledWith(
      'warning',
      `This deletes llama's data: volume llama-models-lvmssd (200Gi on ssd-lvmpv). Once the change is merged the GitOps engine prunes them and the data is gone unless it is backed up. Choose "keep data" to keep them.`,
    );
    expect((await runGit(['status', '--porcelain'], { cwd: repo() })).split('\n').filter(Boolean)).toEqual([
      ' M Makefile',
      ' M apps/kustomization.yaml',
      ' D apps/llama/auth-proxy.yaml',
      ' D apps/llama/configmap.yaml',
      ' D apps/llama/deployment.yaml',
      ' D apps/llama/ingress.yaml',
      ' D apps/llama/kustomization.yaml',
      ' D apps/llama/namespace.yaml',
      ' D apps/llama/pvc.yaml',
      ' D apps/llama/secret.yaml',
      ' D talos/patches/llama.patch',
      ' D vault/kubernetes-auth-roles/llama-proxy.yaml',
      ' D vault/policy/llama.hcl',
    ]);
    const lint = ctx({});
    await createGitopsLintAction(t.options).handler(lint);
    expect(lint.output).toHaveBeenCalledWith('builds', []);
    expect(lint.output).toHaveBeenCalledWith('errors', 0);
  });

  it('lets a guest remove mealie when the data is kept', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const decommission = ctx({ app: 'mealie', keepData: true });
    await createGitopsDecommissionAction(t.options).handler(decommission);
    expect(decommission.output).toHaveBeenCalledWith('deletesData', false);
    expect(await fs.readFile(path.join(repo(), 'apps/mealie/kustomization.yaml'), 'utf8')).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - namespace.yaml\n  - postgres-volume.yaml\n  - postgres-cluster.yaml\n  - pvc.yaml\n',
    );
  });
});

describe('gitops:steps:done through checkout and publish', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  afterEach(() => t.cleanup());

  it("records who marked mealie's DNS step done, and pushes only that", async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    const ctx = (input: object) =>
      createMockActionContext({ input: input as any, workspacePath: t.workspace, user: { ref: 'user:default/jane' } });
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const done = ctx({ app: 'component:default/mealie', steps: [' dns:mealie.lumpiasty.xyz '], note: 'dig answers.' });
    await createGitopsStepsDoneAction(t.options).handler(done);
    const summary = (done.output as jest.Mock).mock.calls.find(c => c[0] === 'summary')![1] as string;
    expect(summary).toMatch(
      /^- \[x\] \*\*Create the DNS name mealie\.lumpiasty\.xyz\*\* \(operator\): marked done by user:default\/jane at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z: dig answers\.\n$/,
    );
    await createGitopsPublishBranchAction(t.options).handler(ctx({ branch: 'homeport/mealie', message: 'Mark steps done' }));
    const diff = (...args: string[]) => runGit(['diff', ...args, 'main', 'homeport/mealie'], { cwd: t.bare });
    expect(await diff('--name-status')).toBe('M\t.homeport/steps/mealie.yaml\n');
    const lines = (await diff()).split('\n').filter(l => /^[-+][^-+]/.test(l));
    expect(lines.map(l => l.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, 'AT'))).toEqual([
      '+    done:',
      '+      by: user:default/jane',
      '+      at: AT',
      '+      note: dig answers.',
    ]);
  });

  it('refuses a step the file does not record, and writes nothing', async () => {
    t = await createTestRepository();
    const ctx = (input: object) => createMockActionContext({ input: input as any, workspacePath: t.workspace });
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await expect(createGitopsStepsDoneAction(t.options).handler(ctx({ app: 'mealie', steps: ['dns:x'] }))).rejects.toThrow(
      ".homeport/steps/mealie.yaml records no step 'dns:x' (it records: openbao:reconcile:mealie, secret:secret/authentik/mealie, oidc:mealie, dns:mealie.lumpiasty.xyz)",
    );
    expect(await runGit(['status', '--porcelain'], { cwd: path.join(t.workspace, 'repo') })).toBe('');
  });
});

describe('gitops:decommission and the forges', () => {
  it('refuses a publish step that cannot delete files, before anything is written', async () => {
    const t = await createTestRepository();
    try {
      const ctx = (input: object) => createMockActionContext({ input: input as any, workspacePath: t.workspace });
      await createGitopsCheckoutAction(t.options).handler(ctx({}));
      await expect(
        createGitopsDecommissionAction(t.options).handler(ctx({ app: 'podinfo', publishType: 'gitlab' })),
      ).rejects.toThrow(
        'A decommission deletes files, which the gitlab pull-request action cannot do: publish it as a branch (publish.type: branch) or through GitHub, or remove podinfo by hand',
      );
      expect(await runGit(['status', '--porcelain'], { cwd: path.join(t.workspace, 'repo') })).toBe('');
      const github = ctx({ app: 'podinfo', publishType: 'github' });
      await createGitopsDecommissionAction(t.options).handler(github);
      expect(github.output).toHaveBeenCalledWith('deletedFiles', [
        'apps/podinfo/docs/index.md',
        'apps/podinfo/ingress.yaml',
        'apps/podinfo/kustomization.yaml',
        'apps/podinfo/mkdocs.yml',
        'apps/podinfo/namespace.yaml',
        'apps/podinfo/release.yaml',
      ]);
    } finally {
      await t.cleanup();
    }
  });
});
