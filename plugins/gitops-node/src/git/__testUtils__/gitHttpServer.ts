import { spawn } from 'node:child_process';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A git smart-HTTP server on loopback: `git http-backend` behind a token check. Tests only. */
export interface GitHttpServer {
  /** `http://127.0.0.1:<port>`; repositories are `<url>/<name>.git` under `root`. */
  url: string;
  host: string;
  /** The Authorization header of every request, in order (`undefined` when none was sent). */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/**
 * Serves the bare repositories under `root` over git's smart HTTP protocol, answering
 * 401 unless the request carries HTTP Basic credentials whose password is `token` (any
 * user name, as GitHub and GitLab take tokens). Pushes are allowed for authorised requests.
 */
export async function startGitHttpServer(root: string, token: string): Promise<GitHttpServer> {
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization;
    authorizations.push(auth);
    const decoded = auth?.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '';
    const user = decoded.slice(0, decoded.indexOf(':'));
    if (decoded.slice(decoded.indexOf(':') + 1) !== token || !user) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('Unauthorized');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headersSent = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const lines = head.subarray(0, end).toString('utf8').split('\r\n');
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      headersSent = true;
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => res.end());
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    authorizations,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
