import http from 'node:http';
import { AddressInfo } from 'node:net';
import crypto from 'node:crypto';

/** A pull request the stub recorded. */
export interface StubPullRequest {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
}

/**
 * A stub of the Gitea REST API on loopback, for tests: one repository `owner/repo`
 * whose branches hold files in memory, answering the calls GiteaClient makes as Gitea
 * 1.22 does. It checks the Authorization header it was given.
 */
export async function startStubGitea(options: {
  owner: string;
  repo: string;
  authorization: string;
  files: Record<string, string>;
}) {
  const branches = new Map<string, Map<string, string>>([['main', new Map(Object.entries(options.files))]]);
  const pulls: StubPullRequest[] = [];
  const requests: string[] = [];
  const sha = (text: string) => crypto.createHash('sha1').update(text).digest('hex');
  const prefix = `/api/v1/repos/${options.owner}/${options.repo}`;

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', c => (body += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://stub');
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (status: number, json?: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      if (req.headers.authorization !== options.authorization) return send(401, { message: 'unauthorized' });
      if (!url.pathname.startsWith(prefix)) return send(404, { message: 'repository not found' });
      const rest = decodeURIComponent(url.pathname.slice(prefix.length));
      if (req.method === 'GET' && rest === '') return send(200, { default_branch: 'main', full_name: `${options.owner}/${options.repo}` });
      if (req.method === 'GET' && rest.startsWith('/branches/')) {
        return branches.has(rest.slice('/branches/'.length)) ? send(200, { name: rest }) : send(404, { message: 'branch not found' });
      }
      if (req.method === 'GET' && rest.startsWith('/contents/')) {
        const file = branches.get(url.searchParams.get('ref') ?? 'main')?.get(rest.slice('/contents/'.length));
        return file === undefined ? send(404, { message: 'file not found' }) : send(200, { sha: sha(file) });
      }
      if (req.method === 'POST' && rest === '/contents') {
        const change = JSON.parse(body);
        const base = branches.get(change.branch);
        if (!base) return send(404, { message: 'branch not found' });
        if (branches.has(change.new_branch)) return send(422, { message: 'branch already exists' });
        const files = new Map(base);
        for (const f of change.files) {
          const current = files.get(f.path);
          if (f.operation === 'create' && current !== undefined) return send(422, { message: `${f.path} exists` });
          if (f.operation === 'update' && (current === undefined || sha(current) !== f.sha)) return send(409, { message: `sha of ${f.path} does not match` });
          files.set(f.path, Buffer.from(f.content, 'base64').toString('utf8'));
        }
        branches.set(change.new_branch, files);
        return send(201, { commit: { sha: sha(JSON.stringify([...files])) } });
      }
      if (req.method === 'POST' && rest === '/pulls') {
        const pr = JSON.parse(body);
        const number = pulls.length + 1;
        pulls.push({ number, head: pr.head, base: pr.base, title: pr.title, body: pr.body });
        return send(201, { number, html_url: `http://stub/${options.owner}/${options.repo}/pulls/${number}` });
      }
      return send(404, { message: `no route ${req.method} ${rest}` });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    baseUrl: `http://127.0.0.1:${port}`,
    branches,
    pulls,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
