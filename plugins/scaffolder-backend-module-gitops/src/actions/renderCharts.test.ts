import fs from 'node:fs/promises';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { runGit } from '@homeport/plugin-gitops-node';
import { packChart, startHelmRepository, StubServer } from '@homeport/plugin-gitops-node/testUtils';
import { parseAllDocuments } from 'yaml';
import { createTestRepository } from '../__testUtils__/testRepository';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsRenderAction } from './render';

const gitea = (url: string, http: object = {}) => [
  {
    kind: 'app',
    name: 'gitea',
    owner: 'group:default/platform',
    source: {
      type: 'helm',
      repository: { type: 'helm', url },
      chart: 'gitea',
      version: '12.4.0',
      values: {},
      images: [{ repository: 'docker.gitea.com/gitea', tag: '1.24.6' }],
    },
  },
  { kind: 'http', app: 'gitea', host: 'git.lumpiasty.xyz', ...http },
  { kind: 'secret', app: 'gitea', name: 'gitea-admin', path: 'gitea/admin', keys: ['password'] },
];

describe('gitops:render reads the chart of a Helm app', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  let repo: StubServer;
  beforeEach(async () => {
    t = await createTestRepository();
    repo = await startHelmRepository([{ name: 'gitea', version: '12.4.0', archive: await packChart('gitea') }]);
    await createGitopsCheckoutAction(t.options).handler(createMockActionContext({ input: {}, workspacePath: t.workspace }));
  });
  afterEach(async () => {
    await repo.close();
    await t.cleanup();
  });

  const render = (specs: object[]) =>
    createGitopsRenderAction(t.options).handler(createMockActionContext({ input: { specs } as any, workspacePath: t.workspace }));
  const objects = async (file: string) =>
    parseAllDocuments(await fs.readFile(path.join(t.workspace, 'repo', file), 'utf8')).map(d => d.toJS());

  it("routes to the chart's Service and port, leaves its ServiceAccount to it, and puts the image at its values keys", async () => {
    await render(gitea(repo.url));
    expect(repo.requests).toEqual(['GET /index.yaml', 'GET /archives/gitea-12.4.0.tgz']);
    const [ingress] = await objects('apps/gitea/ingress.yaml');
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'gitea-http', port: { number: 3000 } } });
    const secret = await objects('apps/gitea/secret.yaml');
    expect(secret.map(o => o.kind)).toEqual(['VaultAuth', 'VaultStaticSecret']);
    expect(secret[0].spec.kubernetes.serviceAccount).toBe('gitea');
    const [, release] = await objects('apps/gitea/release.yaml');
    expect(release.spec.values).toEqual({ image: { registry: 'docker.gitea.com', repository: 'gitea', tag: '1.24.6' } });
  });

  it('refuses an unreachable chart with its host and name, and writes nothing', async () => {
    await repo.close();
    await expect(render(gitea(repo.url))).rejects.toThrow(
      `Could not read chart gitea 12.4.0 from ${repo.host} (${repo.url}/index.yaml: connect ECONNREFUSED ${repo.host}). Without the chart, give the exposure's Service name and port, the image's values paths and the secret's ServiceAccount.`,
    );
    expect(await runGit(['status', '--porcelain'], { cwd: path.join(t.workspace, 'repo') })).toBe('');
    repo = await startHelmRepository([]);
  });

  it('reads no chart when the specs state what it would say', async () => {
    const specs = gitea('http://127.0.0.1:1/charts', { service: 'gitea-http', port: 3000 });
    (specs[0] as any).source.images[0] = { path: 'image.tag', repositoryPath: 'image.repository', repository: 'gitea/gitea', tag: '1.24.6' };
    (specs[2] as any).serviceAccount = 'gitea';
    await render(specs);
    expect((await objects('apps/gitea/ingress.yaml'))[0].spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'gitea-http', port: { number: 3000 } },
    });
    expect((await objects('apps/gitea/release.yaml'))[1].spec.values).toEqual({ image: { repository: 'gitea/gitea', tag: '1.24.6' } });
    expect((await objects('apps/gitea/secret.yaml')).map(o => [o.kind, o.metadata.name])).toEqual([
      ['VaultAuth', 'gitea'],
      ['VaultStaticSecret', 'gitea-admin'],
    ]);
  });
});
