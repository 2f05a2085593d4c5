// A Helm repository on loopback for the e2e run (no internet here): serves every
// <chart>-<version>.tgz of --dir, and an index.yaml listing them with relative URLs.
//   node e2e/chart-repo/server.mjs --port 17500 --dir /tmp/charts
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' } } });
const dir = path.resolve(args.dir);

function archives() {
  return fs.readdirSync(dir).flatMap(file => {
    const match = /^(.+)-(\d+\.\d+\.\d+[^/]*)\.tgz$/.exec(file);
    return match ? [{ file, name: match[1], version: match[2] }] : [];
  });
}

/** index.yaml as JSON, which is YAML too. */
function index() {
  const entries = {};
  for (const a of archives()) (entries[a.name] ??= []).push({ apiVersion: 'v2', name: a.name, version: a.version, urls: [a.file] });
  return JSON.stringify({ apiVersion: 'v1', entries }, null, 2);
}

const server = http.createServer((req, res) => {
  console.log(`${req.method} ${req.url}`);
  const url = new URL(req.url ?? '/', 'http://loopback');
  if (url.pathname === '/index.yaml') {
    res.writeHead(200, { 'content-type': 'application/yaml' }).end(index());
    return;
  }
  const archive = archives().find(a => url.pathname === `/${a.file}`);
  if (!archive) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/gzip' }).end(fs.readFileSync(path.join(dir, archive.file)));
});
server.listen(Number(args.port), '127.0.0.1', () => console.log(`chart repository on http://127.0.0.1:${args.port} serving ${dir}`));
