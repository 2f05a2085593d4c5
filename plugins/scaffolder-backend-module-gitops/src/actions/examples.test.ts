import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { runGit } from '@homeport/plugin-gitops-node';
import { parse } from 'yaml';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsLintAction } from './lint';
import { examples as lintExamples } from './lint.examples';
import { examples as checkoutExamples } from './checkout.examples';
import { createGitopsPublishBranchAction } from './publishBranch';
import { examples as publishExamples } from './publishBranch.examples';
import { createGitopsRenderAction } from './render';
import { examples as renderExamples } from './render.examples';
import { createGitopsStepsDoneAction } from './stepsDone';
import { examples as stepsDoneExamples } from './stepsDone.examples';
import { createGitopsUpgradeAction } from './upgrade';
import { examples as upgradeExamples } from './upgrade.examples';
import { createGitopsDecommissionAction } from './decommission';
import { examples as decommissionExamples } from './decommission.examples';
import { createTestRepository } from '../__testUtils__/testRepository';

const input = (example: { example: string }) => parse(example.example).steps[0].input ?? {};

describe('every action example runs through its handler', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  const ctx = (i: object) => createMockActionContext({ input: i as any, workspacePath: t.workspace });
  beforeEach(async () => {
    t = await createTestRepository();
  });
  afterEach(() => t.cleanup());

  it.each(checkoutExamples.map(e => [e.description, e]))('gitops:checkout: %s', async (_d, example) => {
    const c = ctx(input(example));
    await createGitopsCheckoutAction(t.options).handler(c);
    expect(c.output).toHaveBeenCalledWith('branch', 'main');
  });

  it.each(renderExamples.map(e => [e.description, e]))('gitops:render: %s', async (_d, example) => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const c = ctx(input(example));
    await createGitopsRenderAction(t.options).handler(c);
    expect(c.output).toHaveBeenCalledWith('profile', 'flux-lvm-openbao');
  });

  it.each(lintExamples.map(e => [e.description, e]))('gitops:lint: %s', async (_d, example) => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await createGitopsRenderAction(t.options).handler(ctx(input(renderExamples[0])));
    const c = ctx(input(example));
    await createGitopsLintAction(t.options).handler(c);
    expect(c.output).toHaveBeenCalledWith('errors', 0);
  });

  it.each(publishExamples.map(e => [e.description, e]))('gitops:publish:branch: %s', async (_d, example) => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await createGitopsRenderAction(t.options).handler(ctx(input(renderExamples[0])));
    const i = input(example);
    await createGitopsPublishBranchAction(t.options).handler(ctx(i));
    expect((await runGit(['branch', '--list', i.branch], { cwd: t.bare })).trim()).toBe(i.branch);
  });

  it.each(upgradeExamples.map(e => [e.description, e]))('gitops:upgrade: %s', async (_d, example) => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const c = ctx(input(example));
    await createGitopsUpgradeAction(t.options).handler(c);
    expect(c.output).toHaveBeenCalledWith('profile', 'flux-lvm-openbao');
    expect(c.output).toHaveBeenCalledWith('files', [expect.objectContaining({ action: 'modify' })]);
  });

  it.each(decommissionExamples.map(e => [e.description, e]))('gitops:decommission: %s', async (_d, example) => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const c = ctx(input(example));
    await createGitopsDecommissionAction(t.options).handler(c);
    expect(c.output).toHaveBeenCalledWith('deletesData', false);
  });

  it.each(stepsDoneExamples.map(e => [e.description, e]))('gitops:steps:done: %s', async (_d, example) => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    const c = ctx(input(example));
    await createGitopsStepsDoneAction(t.options).handler(c);
    expect(c.output).toHaveBeenCalledWith('files', [{ path: '.homeport/steps/mealie.yaml', action: 'modify' }]);
  });
});
