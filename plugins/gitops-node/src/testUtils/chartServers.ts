import crypto from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { create } from 'tar';
import { stringify } from 'yaml';
import { HELM_CHART_LAYER } from '../charts/ociRegistry';

/** The fixture charts, in this package's source tree. */
export const FIXTURES = path.join(
  path.dirname(require.resolve('@homeport/plugin-gitops-node/package.json')),
  'src/charts/__fixtures__',
);

/** A fixture chart folder packed as `helm package` does: one top folder named after the chart. */
export async function packChart(name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = create({ gzip: true, cwd: FIXTURES, portable: true }, [name]);
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A loopback server whose requests are recorded, closed by `close()`. */
export interface StubServer {
  url: string;
  host: string;
  requests: string[];
  close(): Promise<void>;
}

async function listen(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<StubServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

/**
 * A Helm repository on loopback: `/index.yaml` lists each chart's version with a relative
 * archive URL, `/archives/<chart>-<version>.tgz` serves the packed archive.
 */
export async function startHelmRepository(charts: { name: string; version: string; archive: Buffer }[]): Promise<StubServer> {
  return listen((req, res) => {
    if (req.url === '/index.yaml') {
      const entries = Object.fromEntries(
        charts.map(c => [c.name, [{ name: c.name, version: c.version, urls: [`archives/${c.name}-${c.version}.tgz`] }]]),
      );
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(stringify({ apiVersion: 'v1', entries }));
      return;
    }
    const chart = charts.find(c => req.url === `/archives/${c.name}-${c.version}.tgz`);
    if (chart) res.writeHead(200, { 'content-type': 'application/gzip' }).end(chart.archive);
    else res.writeHead(404).end();
  });
}

/**
 * An OCI registry on loopback holding `<repository>/<chart>:<version>` as Helm pushes it
 * (a manifest whose one layer is the chart archive). Every `/v2/` request without the
 * bearer token is answered 401 with a challenge naming `/token`, which hands the token out
 * for the pull scope of that repository.
 */
export async function startOciRegistry(repository: string, chart: { name: string; version: string; archive: Buffer }): Promise<StubServer> {
  const token = crypto.randomUUID();
  const digest = `sha256:${crypto.createHash('sha256').update(chart.archive).digest('hex')}`;
  const name = `${repository}/${chart.name}`;
  let base = '';
  const stub = await listen((req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/token') {
      const ok = url.searchParams.get('scope') === `repository:${name}:pull` && url.searchParams.get('service') === 'stub-registry';
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' }).end(JSON.stringify(ok ? { token } : {}));
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res
        .writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="stub-registry",scope="repository:${name}:pull"` })
        .end();
      return;
    }
    if (url.pathname === `/v2/${name}/manifests/${chart.version}`) {
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: `sha256:${'0'.repeat(64)}`, size: 2 },
        layers: [{ mediaType: HELM_CHART_LAYER, digest, size: chart.archive.length }],
      };
      res.writeHead(200, { 'content-type': manifest.mediaType }).end(JSON.stringify(manifest));
    } else if (url.pathname === `/v2/${name}/blobs/${digest}`) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(chart.archive);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN' }] }));
    }
  });
  base = stub.url;
  return stub;
}
