import fs from 'node:fs/promises';
import path from 'node:path';
import { UserEntity } from '@backstage/catalog-model';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { runGit } from '@homeport/plugin-gitops-node';
import { parseStepsFile } from '@homeport/plugin-gitops-common';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsRenderAction } from './render';
import { createTestRepository } from '../__testUtils__/testRepository';

const user = (name: string, displayName: string): { entity: UserEntity; ref: string } => ({
  ref: `user:default/${name}`,
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name },
    spec: { profile: { displayName, email: `${name}@lab.test` }, memberOf: [] },
  },
});

describe('one pending branch per app: add-ons stack', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  beforeEach(async () => {
    t = await createTestRepository();
  });
  afterEach(() => t.cleanup());

  /** One task: checkout (with changeBranch), render, publish, in a workspace of its own. */
  async function task(name: string, specs: object[], requester = user('ada', 'Ada Lovelace'), isDryRun = false) {
    const workspacePath = path.join(t.root, name);
    await fs.mkdir(workspacePath);
    const outputs: Record<string, Record<string, any>> = {};
    const step = async (id: string, action: any, input: object) => {
      const ctx = {
        ...createMockActionContext({
          input: input as any,
          workspacePath,
          user: requester,
          templateInfo: { entityRef: 'template:default/gitops-postgres' },
        }),
        isDryRun,
      };
      await action.handler(ctx);
      outputs[id] = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    };
    await step('checkout', createGitopsCheckoutAction(t.options), { changeBranch: 'homeport/podinfo' });
    await step('render', createGitopsRenderAction(t.options), { specs, pendingBranch: outputs.checkout.pendingBranch });
    await step('publish', createGitopsPublishBranchAction(t.options), {
      branch: 'homeport/podinfo',
      message: `Add ${name} to podinfo`,
      body: outputs.render.checklist,
    });
    return outputs;
  }

  const git = async (...args: string[]) => (await runGit(args, { cwd: t.bare })).trim();

  it('stacks Redis onto the pending Postgres change: one branch, two commits, both file sets', async () => {
    const first = await task('postgres', [{ kind: 'postgres', app: 'podinfo', size: '2Gi' }]);
    expect(first.checkout).toMatchObject({ pendingBranch: '', pendingCommits: 0, pending: '', compareUrl: '' });
    expect(first.publish).toMatchObject({ branch: 'homeport/podinfo', mode: 'create' });
    expect(first.publish.summary).toBe(
      `Pushed the new branch \`homeport/podinfo\` (commit ${first.publish.commit.slice(0, 7)}) to GitOps repository 'demo'.`,
    );

    const preview = await task('redis-preview', [{ kind: 'redis', app: 'podinfo', mode: 'cache' }], user('bob', 'Bob Builder'), true);
    const day = (await git('log', '-1', '--format=%aI', 'homeport/podinfo')).slice(0, 10);
    const joined = `the pending change on branch \`homeport/podinfo\` (1 commit not merged yet: "Add postgres to podinfo" by Ada Lovelace on ${day})`;
    expect(preview.checkout).toMatchObject({ pendingBranch: 'homeport/podinfo', pendingCommits: 1, pending: joined });
    expect(preview.publish).toEqual({ branch: 'homeport/podinfo', mode: 'stack', summary: `Would add one commit to ${joined} in GitOps repository 'demo'.`, commit: '' });
    expect(await git('rev-parse', 'homeport/podinfo')).toBe(first.publish.commit);

    const second = await task('redis', [{ kind: 'redis', app: 'podinfo', mode: 'cache' }], user('bob', 'Bob Builder'));
    expect(second.publish).toMatchObject({ branch: 'homeport/podinfo', mode: 'stack' });
    expect(await git('rev-list', '--count', 'main..homeport/podinfo')).toBe('2');
    expect(await git('rev-parse', 'homeport/podinfo^')).toBe(first.publish.commit);
    expect((await git('diff', '--name-status', 'main...homeport/podinfo')).split('\n')).toEqual([
      'A\t.homeport/steps/podinfo.yaml',
      'M\tapps/podinfo/kustomization.yaml',
      'A\tapps/podinfo/postgres-cluster.yaml',
      'A\tapps/podinfo/postgres-volume.yaml',
      'A\tapps/podinfo/redis.yaml',
      'A\tapps/podinfo/secret.yaml',
      'A\tvault/kubernetes-auth-roles/podinfo.yaml',
      'A\tvault/policy/podinfo-valkey.hcl',
    ]);
    // Both commits' manual steps, in the one steps file of the app.
    const steps = parseStepsFile('s', await git('show', 'homeport/podinfo:.homeport/steps/podinfo.yaml'));
    expect(steps.map(s => s.id)).toEqual(['wire:podinfo', 'openbao:reconcile:podinfo-valkey', 'secret:secret/podinfo/valkey']);
    expect((await git('diff', '--name-status', 'homeport/podinfo^', 'homeport/podinfo')).split('\n')).toContain('M\t.homeport/steps/podinfo.yaml');
    expect((await git('log', '--format=%an <%ae> / %cn <%ce> / %s', 'main..homeport/podinfo')).split('\n')).toEqual([
      'Bob Builder <bob@lab.test> / Homeport <homeport@localhost> / Add redis to podinfo',
      'Ada Lovelace <ada@lab.test> / Homeport <homeport@localhost> / Add postgres to podinfo',
    ]);
  });

  it('puts the checklist in the commit body', async () => {
    const first = await task('postgres', [{ kind: 'postgres', app: 'podinfo', size: '2Gi' }]);
    expect(await git('log', '-1', '--format=%b', 'homeport/podinfo')).toBe(first.render.checklist.trim());
  });

  it('refuses clearly to add again what the pending change already adds, and pushes nothing', async () => {
    const first = await task('postgres', [{ kind: 'postgres', app: 'podinfo', size: '2Gi' }]);
    await expect(task('again', [{ kind: 'postgres', app: 'podinfo', size: '2Gi' }])).rejects.toThrow(
      /\. This change was rendered on top of the pending change on branch homeport\/podinfo \(not merged yet\): if that change added it, merge or delete the branch first\.$/,
    );
    expect(await git('rev-parse', 'homeport/podinfo')).toBe(first.publish.commit);
  });

  it('treats a branch merged already as no pending change', async () => {
    await git('branch', 'homeport/podinfo', 'main');
    const run = await task('postgres', [{ kind: 'postgres', app: 'podinfo', size: '2Gi' }]);
    expect(run.checkout.pendingBranch).toBe('');
    expect(run.publish.mode).toBe('stack');
    expect(await git('rev-list', '--count', 'main..homeport/podinfo')).toBe('1');
  });
});
