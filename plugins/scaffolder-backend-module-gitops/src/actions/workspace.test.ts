import fs from 'node:fs/promises';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createTestRepository } from '../__testUtils__/testRepository';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsLintAction } from './lint';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsRenderAction } from './render';

describe('in a dry run, no action reads or writes outside its workspace', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  let outside: string;
  beforeEach(async () => {
    t = await createTestRepository();
    outside = path.join(t.root, 'outside');
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, 'secret.yaml'), 'kind: Secret\nstringData: { password: hunter2 }\n');
  });
  afterEach(() => t.cleanup());
  const ctx = (input: object) => ({ ...createMockActionContext({ input: input as any, workspacePath: t.workspace }), isDryRun: true });
  const outsideFiles = async () => (await fs.readdir(outside)).sort();

  it('refuses to render through a symbolic link that leaves the workspace, and writes nothing there', async () => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await fs.symlink(outside, path.join(t.workspace, 'repo/apps/whoami'));
    const render = createGitopsRenderAction(t.options).handler(
      ctx({ specs: [{ kind: 'app', name: 'whoami', source: { type: 'image', repository: 'traefik/whoami', tag: 'v1.10.3' } }] }),
    );
    await expect(render).rejects.toThrow('Relative path is not allowed to refer to a directory outside its parent');
    expect(await outsideFiles()).toEqual(['secret.yaml']);
  });

  it('lints and checks a checkout holding a link to a file outside without reading it', async () => {
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await fs.symlink(path.join(outside, 'secret.yaml'), path.join(t.workspace, 'repo/apps/podinfo/leak.yaml'));
    const lint = ctx({ failOn: 'never' });
    await createGitopsLintAction(t.options).handler(lint);
    expect(JSON.stringify((lint.output as jest.Mock).mock.calls)).not.toContain('hunter2');
    const publish = ctx({ branch: 'homeport/leak', message: 'Leak' });
    await createGitopsPublishBranchAction(t.options).handler(publish);
    expect(publish.output).toHaveBeenCalledWith('commit', '');
    expect(await outsideFiles()).toEqual(['secret.yaml']);
  });
});
