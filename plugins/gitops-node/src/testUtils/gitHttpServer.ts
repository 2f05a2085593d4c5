import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { AddressInfo } from 'node:net';

/** What a test may see and switch on a {@link startGitHttpServer} server. */
export interface GitHttpServerState {
  /** Accept each request and never answer, as a hung forge or proxy does. */
  stalled: boolean;
  requests: number;
  /** The Authorization header of every request, in order (`undefined` when none was sent). */
  authorizations: (string | undefined)[];
}

/**
 * A git smart-HTTP server on loopback for tests: `git http-backend` (CGI) behind a small
 * Node server, serving the bare repositories under `root`. With `token` it answers 401
 * unless a request carries HTTP Basic credentials whose password is the token (any user
 * name, as GitHub and GitLab take tokens); authorised requests may push.
 */
export async function startGitHttpServer(root: string, options: { token?: string } = {}) {
  const sockets = new Set<net.Socket>();
  const state: GitHttpServerState = { stalled: false, requests: 0, authorizations: [] };
  const server = http.createServer((req, res) => {
    state.requests++;
    state.authorizations.push(req.headers.authorization);
    if (state.stalled) return; // accepted, read, never answered
    const decoded = req.headers.authorization?.startsWith('Basic ')
      ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString('utf8')
      : '';
    const user = decoded.slice(0, Math.max(0, decoded.indexOf(':')));
    if (options.token !== undefined && (!user || decoded.slice(user.length + 1) !== options.token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('Unauthorized');
      return;
    }
    const url = new URL(req.url!, 'http://loopback');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
        // http-backend allows pushes from an authenticated user only.
        ...(user ? { REMOTE_USER: user } : {}),
        HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      },
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const split = out.indexOf('\r\n\r\n');
      const head = out.subarray(0, split).toString('utf8').split('\r\n');
      let status = 200;
      for (const line of head) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else if (name) res.setHeader(name, value);
      }
      res.statusCode = status;
      res.end(out.subarray(split + 4));
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** `127.0.0.1:<port>`: the host an integration is configured for. */
    host: `127.0.0.1:${port}`,
    url: (name: string) => `http://127.0.0.1:${port}/${name}`,
    state,
    /** Connections still open (a stalled client that was killed closes its own). */
    openConnections: () => sockets.size,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise(resolve => server.close(resolve));
    },
  };
}
