import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { startGitHttpServer } from '../testUtils';
import { explainAuthFailure, gitAuthFor } from './integrationAuth';
import { GitCommandError, runGit } from './runGit';
import { seedBareRepository } from './seedBareRepository';

const TOKEN = 'ghp-loopback-secret-1234';

describe('git over HTTP with the credentials of Backstage integrations', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof startGitHttpServer>>;
  let repoUrl: string;
  const integrationsWith = (type: string, entry: object) =>
    ScmIntegrations.fromConfig(new ConfigReader({ integrations: { [type]: [{ host: server.host, ...entry }] } }));

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-git-http-'));
    const served = path.join(root, 'served');
    await fs.mkdir(path.join(served, 'gitops.git'), { recursive: true });
    const seed = path.join(root, 'seed');
    await fs.mkdir(seed);
    await fs.writeFile(path.join(seed, 'README.md'), 'GitOps\n');
    await fs.rm(path.join(served, 'gitops.git'), { recursive: true });
    await seedBareRepository({ seedDir: seed, target: path.join(served, 'gitops.git'), branch: 'main' });
    server = await startGitHttpServer(served, { token: TOKEN });
    repoUrl = server.url('gitops.git');
  });
  afterAll(async () => {
    await server.close();
    await fs.rm(root, { recursive: true, force: true });
  });

  it.each([
    ['github', { token: TOKEN, apiBaseUrl: 'http://127.0.0.1:1/api' }, 'x-access-token'],
    ['gitlab', { token: TOKEN, apiBaseUrl: 'http://127.0.0.1:1/api/v4' }, 'oauth2'],
    ['gitea', { username: 'homeport-bot', password: TOKEN }, 'homeport-bot'],
  ])('clones, fetches and pushes with the %s integration, and keeps the token out of argv, URLs and the checkout', async (type, entry, user) => {
    const auth = await gitAuthFor(repoUrl, integrationsWith(type, entry));
    expect(auth?.source).toBe(`integrations.${type} (${server.host})`);
    const work = await fs.mkdtemp(path.join(root, `${type}-`));
    await runGit(['clone', '--quiet', '--branch', 'main', repoUrl, work], { env: auth!.env });
    await fs.writeFile(path.join(work, 'app.yaml'), `kind: ConfigMap # ${type}\n`);
    await runGit(['add', 'app.yaml'], { cwd: work });
    await runGit(['commit', '--quiet', '-m', `Add app (${type})`], { cwd: work });
    await runGit(['push', '--quiet', 'origin', `HEAD:refs/heads/homeport/${type}`], { cwd: work, env: auth!.env });
    await runGit(['fetch', '--quiet', 'origin', `homeport/${type}`], { cwd: work, env: auth!.env });
    expect((await runGit(['log', '-1', '--format=%s', 'FETCH_HEAD'], { cwd: work })).trim()).toBe(`Add app (${type})`);
    expect(server.state.authorizations.at(-1)).toBe(`Basic ${Buffer.from(`${user}:${TOKEN}`).toString('base64')}`);
    // Nothing of the token stays in the checkout: not in its config, not in its remote URL.
    const config = await fs.readFile(path.join(work, '.git/config'), 'utf8');
    expect(config).not.toContain(TOKEN);
    expect(config).toContain(`url = ${repoUrl}`);
  });

  it('fails with a precise message on a wrong token, and caches nothing a later command could use', async () => {
    const auth = await gitAuthFor(repoUrl, integrationsWith('github', { token: 'wrong-token', apiBaseUrl: 'http://127.0.0.1:1/api' }));
    const error = await runGit(['ls-remote', repoUrl], { env: auth!.env }).catch(e => e);
    expect(error).toBeInstanceOf(GitCommandError);
    expect(explainAuthFailure(error.stderr, auth)).toBe(
      `fatal: could not read Username for 'http://${server.host}': terminal prompts disabled (the server refused the credentials of integrations.github (${server.host}))`,
    );
    // The refused token was not stored: the same command without credentials is asked for them.
    const again = await runGit(['ls-remote', repoUrl]).catch(e => e);
    expect(server.state.authorizations.at(-1)).toBeUndefined();
    expect(explainAuthFailure(again.stderr, undefined)).toBe(
      `fatal: could not read Username for 'http://${server.host}': terminal prompts disabled (no credentials are configured for this URL: add it under integrations in app-config.yaml)`,
    );
  });

  it('gives no credentials for local paths, SSH URLs and hosts no integration covers', async () => {
    const integrations = integrationsWith('github', { token: TOKEN, apiBaseUrl: 'http://127.0.0.1:1/api' });
    await expect(gitAuthFor('/srv/git/gitops.git', integrations)).resolves.toBeUndefined();
    await expect(gitAuthFor('git@github.com:org/gitops.git', integrations)).resolves.toBeUndefined();
    await expect(gitAuthFor('https://git.example.org/org/gitops.git', integrations)).resolves.toBeUndefined();
  });
});
