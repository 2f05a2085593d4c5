import fs from 'node:fs/promises';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { runGit } from '@homeport/plugin-gitops-node';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsLintAction } from './lint';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsRenderAction } from './render';
import { createTestRepository } from '../__testUtils__/testRepository';

const WHOAMI = [
  { kind: 'app', name: 'whoami', owner: 'group:default/platform', source: { type: 'image', repository: 'traefik/whoami', tag: 'v1.10.3', ports: [{ name: 'http', port: 80 }] } },
  { kind: 'http', app: 'whoami' },
];

describe('gitops actions against a bare demo repository', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  beforeEach(async () => {
    t = await createTestRepository();
  });
  afterEach(() => t.cleanup());

  async function run(action: any, input: object) {
    const ctx = createMockActionContext({ input: input as any, workspacePath: t.workspace });
    await action.handler(ctx);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls) as Record<string, any>;
  }

  it('checks out, renders, and publishes a branch holding exactly the change set', async () => {
    const checkout = await run(createGitopsCheckoutAction(t.options), {});
    expect(checkout).toMatchObject({ path: 'repo', repository: 'demo', profile: 'flux-lvm-openbao', branch: 'main', url: t.bare });

    const render = await run(createGitopsRenderAction(t.options), { specs: WHOAMI });
    expect(render.files).toEqual([
      { path: '.homeport/steps/whoami.yaml', action: 'add' },
      { path: 'apps/kustomization.yaml', action: 'modify' },
      { path: 'apps/whoami/catalog-info.yaml', action: 'add' },
      { path: 'apps/whoami/deployment.yaml', action: 'add' },
      { path: 'apps/whoami/ingress.yaml', action: 'add' },
      { path: 'apps/whoami/kustomization.yaml', action: 'add' },
      { path: 'apps/whoami/namespace.yaml', action: 'add' },
    ]);
    expect(render.apps).toEqual(['whoami']);
    expect(render.checklist).toBe(
      '- [ ] **Create the DNS name whoami.lumpiasty.xyz** (operator): Point whoami.lumpiasty.xyz at the ingress controller; cert-manager issues its certificate once the name resolves. Check: whoami.lumpiasty.xyz resolves (Homeport asks the resolver).\n',
    );
    // The changes folder holds only the changed files, with the checkout's content.
    expect(await fs.readFile(path.join(t.workspace, 'changes/apps/whoami/ingress.yaml'), 'utf8')).toBe(
      await fs.readFile(path.join(t.workspace, 'repo/apps/whoami/ingress.yaml'), 'utf8'),
    );

    const publish = await run(createGitopsPublishBranchAction(t.options), { branch: 'homeport/whoami', message: 'Add whoami' });
    expect(publish.branch).toBe('homeport/whoami');
    const changed = await runGit(['diff', '--name-status', 'main', 'homeport/whoami'], { cwd: t.bare });
    expect(changed.trim().split('\n')).toEqual([
      'A\t.homeport/steps/whoami.yaml',
      'M\tapps/kustomization.yaml',
      'A\tapps/whoami/catalog-info.yaml',
      'A\tapps/whoami/deployment.yaml',
      'A\tapps/whoami/ingress.yaml',
      'A\tapps/whoami/kustomization.yaml',
      'A\tapps/whoami/namespace.yaml',
    ]);
    expect((await runGit(['log', '-1', '--format=%s', 'homeport/whoami'], { cwd: t.bare })).trim()).toBe('Add whoami');
    expect((await runGit(['rev-parse', 'homeport/whoami'], { cwd: t.bare })).trim()).toBe(publish.commit);
  });

  it('lints the rendered change clean, and fails on a change that breaks a guideline', async () => {
    await run(createGitopsCheckoutAction(t.options), {});
    await run(createGitopsRenderAction(t.options), { specs: WHOAMI });
    const clean = await run(createGitopsLintAction(t.options), {});
    expect(clean).toEqual({ builds: [], findings: [], summary: 'No guideline findings.\n', errors: 0, warnings: 0 });

    const deployment = path.join(t.workspace, 'repo/apps/whoami/deployment.yaml');
    await fs.writeFile(deployment, (await fs.readFile(deployment, 'utf8')).replace('traefik/whoami:v1.10.3', 'traefik/whoami:latest'));
    await expect(run(createGitopsLintAction(t.options), {})).rejects.toThrow(
      "The change breaks 1 of the repository's guidelines: apps/whoami/deployment.yaml:23 Image traefik/whoami:latest of container whoami (Deployment whoami): tag 'latest' is mutable: pin an exact version",
    );
    const warnOnly = await run(createGitopsLintAction(t.options), { failOn: 'never' });
    expect(warnOnly.errors).toBe(1);
  });

  it('refuses a change that breaks the build of a kustomization it touches, naming the object and both files', async () => {
    await run(createGitopsCheckoutAction(t.options), {});
    const repo = path.join(t.workspace, 'repo');
    // What a raw-manifest step could write: a second Ingress podinfo/podinfo, listed.
    const existing = await fs.readFile(path.join(repo, 'apps/podinfo/ingress.yaml'), 'utf8');
    await fs.writeFile(path.join(repo, 'apps/podinfo/ingress-second.yaml'), existing.replace(/podinfo\.lumpiasty\.xyz/g, 'second.lumpiasty.xyz'));
    const kustomization = path.join(repo, 'apps/podinfo/kustomization.yaml');
    await fs.appendFile(kustomization, '  - ingress-second.yaml\n');
    await expect(run(createGitopsLintAction(t.options), {})).rejects.toThrow(
      "The change would break the repository's build, so nothing is proposed:\n- `kubectl kustomize apps` would fail: Ingress podinfo/podinfo is defined twice in the build of apps/podinfo: in apps/podinfo/ingress.yaml and in apps/podinfo/ingress-second.yaml",
    );
  });

  it('refuses to publish onto a pending branch the checkout does not build on, and pushes nothing', async () => {
    // A pending change the checkout did not take (no changeBranch): never overwritten.
    const other = path.join(t.root, 'other');
    await runGit(['clone', '--quiet', t.bare, other]);
    await runGit(['commit', '--quiet', '--allow-empty', '-m', 'Pending'], { cwd: other });
    await runGit(['push', '--quiet', 'origin', 'HEAD:refs/heads/homeport/whoami'], { cwd: other });
    const pendingTip = (await runGit(['rev-parse', 'homeport/whoami'], { cwd: t.bare })).trim();
    await run(createGitopsCheckoutAction(t.options), {});
    await run(createGitopsRenderAction(t.options), { specs: WHOAMI });
    const main = (await runGit(['rev-parse', 'main'], { cwd: t.bare })).trim();
    await expect(
      run(createGitopsPublishBranchAction(t.options), { branch: 'homeport/whoami', message: 'Add whoami' }),
    ).rejects.toThrow(
      `Branch homeport/whoami holds a pending change that this checkout does not build on (the branch is at ${pendingTip.slice(0, 7)}, the checkout at ${main.slice(0, 7)}): run the template again so that the change stacks onto it, or merge or delete the branch first.`,
    );
    expect((await runGit(['rev-parse', 'homeport/whoami'], { cwd: t.bare })).trim()).toBe(pendingTip);
  });

  it('reports an app that already exists as a conflict and writes nothing', async () => {
    await run(createGitopsCheckoutAction(t.options), {});
    await expect(
      run(createGitopsRenderAction(t.options), {
        specs: [{ kind: 'app', name: 'mealie', source: { type: 'image', repository: 'ghcr.io/mealie-recipes/mealie', tag: 'v3.16.0' } }],
      }),
    ).rejects.toThrow("App 'mealie' already exists (apps/mealie/)");
    expect(await runGit(['status', '--porcelain'], { cwd: path.join(t.workspace, 'repo') })).toBe('');
    await expect(fs.stat(path.join(t.workspace, 'changes'))).rejects.toThrow(/ENOENT/);
  });

  it('gives a precise error for an unreachable remote', async () => {
    const options = { ...t.options, repositories: [{ ...t.options.repositories[0], url: path.join(t.root, 'nowhere.git') }] };
    await expect(run(createGitopsCheckoutAction(options), {})).rejects.toThrow(
      "Cannot clone GitOps repository 'demo' (branch main): fatal: repository 'repository 'demo'' does not exist",
    );
  });

  it('refuses paths that leave the workspace', async () => {
    await expect(run(createGitopsCheckoutAction(t.options), { targetPath: '../escape' })).rejects.toThrow(
      "targetPath '../escape' is not a usable folder inside the workspace: it leaves the workspace",
    );
  });
});

describe('the GPU guardrail', () => {
  const GPU = [{ kind: 'gpu', name: 'comfyui', repository: 'ghcr.io/ai-dock/comfyui', tag: 'v2-rocm-6.2.4-2025-11-01', vendor: 'amd' }];

  let t: Awaited<ReturnType<typeof createTestRepository>>;
  afterEach(() => t.cleanup());
  const ctx = (input: object) => createMockActionContext({ input: input as any, workspacePath: t.workspace });

  it('refuses a GPU workload without the permission and writes nothing', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await expect(createGitopsRenderAction(t.options).handler(ctx({ specs: GPU }))).rejects.toThrow(
      'Creating a GPU or privileged workload needs the permission gitops.workload.privileged.create: apps/comfyui/deployment.yaml (Deployment comfyui): spec.template.spec.containers[0].securityContext.privileged is true (a privileged container); apps/comfyui/deployment.yaml (Deployment comfyui): spec.template.spec.volumes[0].hostPath mounts the host path /dev/kfd; apps/comfyui/deployment.yaml (Deployment comfyui): spec.template.spec.volumes[1].hostPath mounts the host path /dev/dri. Namespace comfyui would need the PodSecurity level privileged: the baseline level forbids privileged containers, host namespaces, hostPath volumes, host ports and added capabilities. Ask a member of the admin groups (homeport.admins) to run this template.',
    );
    await expect(fs.stat(path.join(t.workspace, 'repo/apps/comfyui'))).rejects.toThrow(/ENOENT/);
  });

  it('renders a GPU workload with the permission', async () => {
    t = await createTestRepository(AuthorizeResult.ALLOW);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await createGitopsRenderAction(t.options).handler(ctx({ specs: GPU }));
    expect((await fs.readdir(path.join(t.workspace, 'repo/apps/comfyui'))).sort()).toEqual([
      'catalog-info.yaml',
      'deployment.yaml',
      'kustomization.yaml',
      'namespace.yaml',
    ]);
  });
});
