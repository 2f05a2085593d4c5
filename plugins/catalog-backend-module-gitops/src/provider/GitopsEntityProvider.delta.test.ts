import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { addKustomizationResources } from '@homeport/plugin-gitops-common';
import { runGit } from '@homeport/plugin-gitops-node';
import {
  appFiles,
  createDemoBareRepository,
  pushFiles,
  registerApps,
} from '../__testUtils__/demoRepository';
import { GitopsEntityProvider } from './GitopsEntityProvider';

/** A kustomize Component two apps include: an Ingress giving each its host. */
const SHARED = {
  'components/web/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
resources:
  - ingress.yaml
`,
  'components/web/ingress.yaml': `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx-ingress
  rules:
    - host: web.lumpiasty.xyz
`,
};

/** App `name` (appFiles), including the shared component when `web`. */
function app(name: string, web: boolean): Record<string, string> {
  const files = appFiles(name);
  if (web)
    files[`apps/${name}/kustomization.yaml`] +=
      'components:\n  - ../../components/web\n';
  return files;
}

describe('GitopsEntityProvider deltas', () => {
  let tmp: string;
  let bare: string;

  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-provider-delta-'));
    bare = await createDemoBareRepository(tmp);
    await pushFiles(
      bare,
      tmp,
      'Add alpha, beta (with the web component) and gamma',
      {
        ...SHARED,
        ...app('alpha', true),
        ...app('beta', true),
        ...app('gamma', false),
      },
      registerApps('alpha', 'beta', 'gamma'),
    );
  });
  afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

  async function connected() {
    const config = new ConfigReader({
      homeport: {
        cacheDir: path.join(tmp, 'cache'),
        repositories: [
          {
            id: 'demo',
            url: bare,
            branch: 'main',
            profile: 'flux-lvm-openbao',
          },
        ],
      },
    });
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    const [provider] = GitopsEntityProvider.fromConfig(config, {
      logger,
      scheduler: mockServices.scheduler.mock(),
    });
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    await provider.connect(connection);
    return { provider, connection };
  }

  /** The entities and removals of the last mutation, by kind and name. */
  function lastDelta(connection: jest.Mocked<EntityProviderConnection>) {
    const calls = connection.applyMutation.mock.calls;
    const mutation = calls[calls.length - 1][0];
    if (mutation.type !== 'delta') throw new Error('not a delta');
    return {
      added: mutation.added.map(e => ({
        name: `${e.entity.kind}:${e.entity.metadata.name}`,
        hosts: (e.entity.metadata.links ?? []).map(l => l.url),
      })),
      removed: mutation.removed.map(r => ('entityRef' in r ? r.entityRef : r)),
    };
  }

  it('applies only the entities of the app a commit changed', async () => {
    const { provider, connection } = await connected();
    await expect(provider.read()).resolves.toMatchObject({
      status: 'applied',
      services: 7,
      mutation: { type: 'full' },
    });

    const deployment = appFiles('gamma')['apps/gamma/deployment.yaml'];
    await pushFiles(bare, tmp, 'Bump gamma', {
      'apps/gamma/deployment.yaml': deployment.replace('v1.10.3', 'v1.10.4'),
    });
    await expect(provider.read()).resolves.toMatchObject({
      status: 'applied',
      mutation: { type: 'delta', added: 1, removed: 0 },
      changedFiles: 1,
    });
    expect(lastDelta(connection)).toEqual({
      added: [{ name: 'Component:gamma', hosts: [] }],
      removed: [],
    });
  });

  it('removes the entities of an app a commit removed, and applies no other', async () => {
    const { provider, connection } = await connected();
    await provider.read();

    await pushFiles(bare, tmp, 'Remove gamma', {}, async work => {
      await fs.rm(path.join(work, 'apps/gamma'), { recursive: true });
      // The app list as before the three apps came, with alpha and beta only.
      const before = await runGit(['show', 'HEAD~1:apps/kustomization.yaml'], {
        cwd: work,
      });
      await fs.writeFile(
        path.join(work, 'apps/kustomization.yaml'),
        addKustomizationResources('apps/kustomization.yaml', before, [
          'alpha',
          'beta',
        ]),
      );
    });
    await expect(provider.read()).resolves.toMatchObject({
      status: 'applied',
      services: 6,
      mutation: { type: 'delta', added: 0, removed: 1 },
    });
    expect(lastDelta(connection)).toEqual({
      added: [],
      removed: ['component:default/gamma'],
    });
  });

  it('applies the entities of every service including a shared file that changed, and no other', async () => {
    const { provider, connection } = await connected();
    await provider.read();

    await pushFiles(bare, tmp, 'Move the web host', {
      'components/web/ingress.yaml': SHARED[
        'components/web/ingress.yaml'
      ].replace('web.lumpiasty.xyz', 'www.lumpiasty.xyz'),
    });
    await expect(provider.read()).resolves.toMatchObject({
      status: 'applied',
      mutation: { type: 'delta', added: 2, removed: 0 },
      changedFiles: 1,
    });
    expect(lastDelta(connection)).toEqual({
      added: [
        { name: 'Component:alpha', hosts: ['https://www.lumpiasty.xyz'] },
        { name: 'Component:beta', hosts: ['https://www.lumpiasty.xyz'] },
      ],
      removed: [],
    });
  });
});
