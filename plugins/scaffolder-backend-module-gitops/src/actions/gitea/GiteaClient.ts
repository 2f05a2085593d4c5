import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { getGiteaRequestOptions, GiteaIntegrationConfig } from '@backstage/integration';

/** A file of a change, with its text. */
export interface GiteaFileChange {
  path: string;
  content: string;
}

/**
 * The few calls of the Gitea (and Forgejo) REST API a pull request needs: read the
 * repository and files, commit several files on a new branch in one commit
 * (`POST /repos/{owner}/{repo}/contents`, Gitea 1.20+), open the pull request.
 */
export class GiteaClient {
  private readonly api: string;
  private readonly headers: Record<string, string>;

  constructor(
    config: GiteaIntegrationConfig,
    private readonly owner: string,
    private readonly repo: string,
    /** Each request is aborted after this many milliseconds (`homeport.timeouts.http`). */
    private readonly timeoutMs: number,
  ) {
    const base = (config.baseUrl ?? `https://${config.host}`).replace(/\/+$/, '');
    this.api = `${base}/api/v1/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    this.headers = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...getGiteaRequestOptions(config).headers,
    };
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json?: T }> {
    try {
      const res = await fetch(`${this.api}${path}`, {
        method,
        headers: this.headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return await this.parse<T>(res, path);
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new InputError(
          `Gitea at ${this.api} did not answer ${method} ${path || '/'} within ${this.timeoutMs / 1000} s (homeport.timeouts.http): the request was stopped`,
        );
      }
      if (error instanceof InputError) throw error;
      throw new InputError(`Gitea at ${this.api} is unreachable: ${(error as Error).message}`);
    }
  }

  private async parse<T>(res: Response, path: string): Promise<{ status: number; json?: T }> {
    const text = await res.text();
    try {
      return { status: res.status, json: text ? (JSON.parse(text) as T) : undefined };
    } catch {
      throw new InputError(`${this.api}${path} answered HTTP ${res.status} with no JSON: is this a Gitea API?`);
    }
  }

  private async expectOk<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, json } = await this.call<T & { message?: string }>(method, path, body);
    if (status >= 200 && status < 300) return json as T;
    const what = `${method} ${path || '/'} on ${this.owner}/${this.repo}`;
    const message = (json as { message?: string } | undefined)?.message ?? `HTTP ${status}`;
    if (status === 404) throw new NotFoundError(`${what}: ${message}`);
    if (status === 409 || status === 422) throw new ConflictError(`${what}: ${message}`);
    throw new InputError(`${what} failed with HTTP ${status}: ${message}`);
  }

  async defaultBranch(): Promise<string> {
    return (await this.expectOk<{ default_branch: string }>('GET', '')).default_branch;
  }

  async branchExists(branch: string): Promise<boolean> {
    const { status } = await this.call('GET', `/branches/${encodeURIComponent(branch)}`);
    return status === 200;
  }

  /** The blob sha of a file on `ref`, or undefined when there is none. */
  async fileSha(path: string, ref: string): Promise<string | undefined> {
    const { status, json } = await this.call<{ sha: string }>(
      'GET',
      `/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`,
    );
    return status === 200 ? json!.sha : undefined;
  }

  /** Commits `files` on `newBranch`, branched from `base`, as one commit. */
  async commitFiles(base: string, newBranch: string, message: string, files: GiteaFileChange[]): Promise<string> {
    const changes = [];
    for (const file of files) {
      const sha = await this.fileSha(file.path, base);
      changes.push({
        operation: sha ? 'update' : 'create',
        path: file.path,
        content: Buffer.from(file.content, 'utf8').toString('base64'),
        ...(sha ? { sha } : {}),
      });
    }
    const result = await this.expectOk<{ commit: { sha: string } }>('POST', '/contents', {
      branch: base,
      new_branch: newBranch,
      message,
      files: changes,
    });
    return result.commit.sha;
  }

  async openPullRequest(head: string, base: string, title: string, body: string) {
    return this.expectOk<{ number: number; html_url: string }>('POST', '/pulls', { head, base, title, body });
  }
}
