import {
  DefaultGithubCredentialsProvider,
  DefaultGitlabCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { GitCommandError, GitTimeoutError, runGit, RunGitOptions } from './runGit';

/**
 * The HTTP credentials git uses for a repository, from Backstage's `integrations`
 * configuration, and where they come from (for messages; never the secret itself).
 *
 * @public
 */
export interface GitAuth {
  /** Such as `integrations.github (github.com)`. */
  source: string;
  /** Environment for the git command: an Authorization header for the remote's origin only. */
  env: Record<string, string>;
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * git configuration through the environment, not the command line (which `ps` shows) nor
 * the remote URL (which git prints): an `http.<origin>/.extraHeader` for this remote only,
 * and no credential helper, so that the host's stored credentials are neither used nor
 * written.
 */
function headerEnv(url: string, authorization: string): Record<string, string> {
  const origin = new URL(url).origin;
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
    GIT_CONFIG_VALUE_0: `Authorization: ${authorization}`,
    GIT_CONFIG_KEY_1: 'credential.helper',
    GIT_CONFIG_VALUE_1: '',
  };
}

/**
 * The credentials providers of one `integrations` registry, made once: Backstage's GitHub
 * provider keeps GitHub App installation tokens until they expire, so a new provider per
 * git command (the catalog provider asks every few seconds) would mint a token each time.
 */
const providers = new WeakMap<
  ScmIntegrationRegistry,
  { github: DefaultGithubCredentialsProvider; gitlab: DefaultGitlabCredentialsProvider }
>();

function providersOf(integrations: ScmIntegrationRegistry) {
  let found = providers.get(integrations);
  if (!found) {
    found = {
      github: DefaultGithubCredentialsProvider.fromIntegrations(integrations),
      gitlab: DefaultGitlabCredentialsProvider.fromIntegrations(integrations),
    };
    providers.set(integrations, found);
  }
  return found;
}

/**
 * The credentials Backstage's `integrations` give for an HTTP(S) git URL: GitHub (a
 * token, or a GitHub App installation token through its credentials provider), GitLab
 * (a token, through its credentials provider), Gitea and Forgejo (user name and password
 * or token), Bitbucket Server (token, or user name and password) and Bitbucket Cloud
 * (user name and app password or token). `undefined` for a URL no integration with
 * credentials covers, and for local paths and SSH URLs (git's own transport then).
 *
 * @public
 */
export async function gitAuthFor(url: string, integrations: ScmIntegrationRegistry): Promise<GitAuth | undefined> {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const host = new URL(url).host;
  const auth = (type: string, authorization: string) => ({
    source: `integrations.${type} (${host})`,
    env: headerEnv(url, authorization),
  });

  if (integrations.github.byUrl(url)) {
    const { token } = await providersOf(integrations).github.getCredentials({ url });
    return token ? auth('github', basic('x-access-token', token)) : undefined;
  }
  if (integrations.gitlab.byUrl(url)) {
    const { token } = await providersOf(integrations).gitlab.getCredentials({ url });
    return token ? auth('gitlab', basic('oauth2', token)) : undefined;
  }
  const gitea = integrations.gitea.byUrl(url)?.config;
  if (gitea?.password) return auth('gitea', basic(gitea.username ?? 'homeport', gitea.password));
  const server = integrations.bitbucketServer.byUrl(url)?.config;
  if (server?.token) return auth('bitbucketServer', `Bearer ${server.token}`);
  if (server?.username && server.password) return auth('bitbucketServer', basic(server.username, server.password));
  const cloud = integrations.bitbucketCloud.byUrl(url)?.config;
  if (cloud?.username && cloud.appPassword) return auth('bitbucketCloud', basic(cloud.username, cloud.appPassword));
  if (cloud?.token) return auth('bitbucketCloud', basic('x-token-auth', cloud.token));
  return undefined;
}

/**
 * A git error message with a word on the credentials when the server refused them: which
 * integration's credentials were sent, or that none were configured.
 *
 * @public
 */
export function explainAuthFailure(message: string, auth: GitAuth | undefined): string {
  if (!/\b(401|403)\b|Authentication failed|could not read Username|terminal prompts disabled/i.test(message)) return message;
  return auth
    ? `${message.trim()} (the server refused the credentials of ${auth.source})`
    : `${message.trim()} (no credentials are configured for this URL: add it under integrations in app-config.yaml)`;
}

/**
 * A git command that talks to the remote `url` (clone, fetch, ls-remote, push) with the
 * credentials `integrations` give for it, if any; a refusal of those credentials is named
 * in the error. The credentials never reach the command line, the URL or a credential store.
 *
 * @public
 */
export async function runRemoteGit(
  args: string[],
  options: RunGitOptions & { url: string; integrations?: ScmIntegrationRegistry },
): Promise<string> {
  const { url, integrations, ...rest } = options;
  const auth = integrations ? await gitAuthFor(url, integrations) : undefined;
  try {
    return await runGit(args, { ...rest, env: { ...rest.env, ...auth?.env } });
  } catch (error) {
    if (error instanceof GitCommandError && !(error instanceof GitTimeoutError)) {
      throw new GitCommandError(error.args, explainAuthFailure(error.stderr, auth));
    }
    throw error;
  }
}
