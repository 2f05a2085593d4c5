import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { seedBareRepository } from '@homeport/plugin-gitops-node';
import { gitopsActionOptions, GitopsActionOptions } from '../actions/options';

/** The demo GitOps repository of the embedded default. */
export const DEMO_REPO = path.resolve(__dirname, '../../../../examples/gitops-repo');

/**
 * A scratch folder with a bare copy of the demo repository, a workspace, and action
 * options pointing at it. Tests only.
 */
export async function createTestRepository(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  seedDir: string = DEMO_REPO,
): Promise<{ root: string; bare: string; workspace: string; options: GitopsActionOptions; cleanup: () => Promise<void> }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-actions-'));
  const bare = path.join(root, 'gitops.git');
  await seedBareRepository({ seedDir, target: bare, branch: 'main' });
  const workspace = path.join(root, 'workspace');
  await fs.mkdir(workspace);
  const config = new ConfigReader({
    homeport: { cacheDir: path.join(root, 'cache'), repositories: [{ id: 'demo', url: bare, profile: 'flux-lvm-openbao' }] },
  });
  return {
    root,
    bare,
    workspace,
    options: gitopsActionOptions(config, mockServices.permissions({ result })),
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}
