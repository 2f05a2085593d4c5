import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ChartReader } from './ChartReader';
import { packChart, startHelmRepository, startOciRegistry, StubServer } from '../testUtils';

describe('ChartReader', () => {
  let cacheDir: string;
  const servers: StubServer[] = [];
  const reader = () => new ChartReader({ cacheDir, timeoutMs: 5_000 });

  beforeEach(async () => {
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-charts-'));
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map(s => s.close()));
    await fs.rm(cacheDir, { recursive: true, force: true });
  });

  it('reads a chart from a Helm repository (index.yaml, then the archive) and caches the archive', async () => {
    const repo = await startHelmRepository([{ name: 'gitea', version: '12.4.0', archive: await packChart('gitea') }]);
    servers.push(repo);
    const location = { type: 'helm' as const, url: `${repo.url}/`, chart: 'gitea', version: '12.4.0' };
    const facts = await reader().read(location);
    expect(facts.httpService).toEqual({ name: { fullnameSuffix: '-http' }, port: 3000, portPath: ['service', 'http', 'port'] });
    expect(repo.requests).toEqual(['GET /index.yaml', 'GET /archives/gitea-12.4.0.tgz']);
    expect((await fs.readdir(path.join(cacheDir, 'charts'))).filter(f => f.endsWith('.tgz'))).toHaveLength(1);

    await repo.close();
    servers.pop();
    expect(await reader().read(location)).toEqual(facts);
  });

  it('reads a chart from an OCI registry through its anonymous token flow', async () => {
    const registry = await startOciRegistry('stefanprodan/charts', { name: 'podinfo', version: '6.14.1', archive: await packChart('podinfo') });
    servers.push(registry);
    const facts = await reader().read({ type: 'oci', url: `oci://${registry.host}/stefanprodan/charts`, chart: 'podinfo', version: '6.14.1' });
    expect(facts.httpService).toEqual({ name: { fullnameSuffix: '' }, port: 9898, portPath: ['service', 'externalPort'] });
    expect(registry.requests.map(r => r.replace(/sha256:[a-f0-9]+/, 'sha256:<digest>').replace(/\?.*/, '?<query>'))).toEqual([
      'GET /v2/stefanprodan/charts/podinfo/manifests/6.14.1',
      'GET /token?<query>',
      'GET /v2/stefanprodan/charts/podinfo/manifests/6.14.1',
      'GET /v2/stefanprodan/charts/podinfo/blobs/sha256:<digest>',
    ]);
  });

  it('names the host and the chart when the repository is unreachable', async () => {
    const gone = await startHelmRepository([]);
    await gone.close();
    await expect(reader().read({ type: 'helm', url: gone.url, chart: 'gitea', version: '12.4.0' })).rejects.toThrow(
      `Could not read chart gitea 12.4.0 from ${gone.host} (${gone.url}/index.yaml: connect ECONNREFUSED ${gone.host}). Without the chart, give the exposure's Service name and port, the image's values paths and the secret's ServiceAccount.`,
    );
  });

  it('names the missing version, in a Helm repository and in an OCI registry', async () => {
    const archive = await packChart('gitea');
    const repo = await startHelmRepository([{ name: 'gitea', version: '12.4.0', archive }]);
    const registry = await startOciRegistry('charts', { name: 'gitea', version: '12.4.0', archive });
    servers.push(repo, registry);
    await expect(reader().read({ type: 'helm', url: repo.url, chart: 'gitea', version: '9.9.9' })).rejects.toThrow(
      `The Helm repository ${repo.url} has no version 9.9.9 of chart gitea (newest listed: 12.4.0)`,
    );
    await expect(reader().read({ type: 'helm', url: repo.url, chart: 'forgejo', version: '1.0.0' })).rejects.toThrow(
      `The Helm repository ${repo.url} has no chart forgejo`,
    );
    await expect(reader().read({ type: 'oci', url: `oci://${registry.host}/charts`, chart: 'gitea', version: '9.9.9' })).rejects.toThrow(
      `The OCI registry oci://${registry.host}/charts has no version 9.9.9 of chart gitea`,
    );
  });

  it('refuses an archive over the size limit, and one that is not a chart', async () => {
    const archive = await packChart('gitea');
    const repo = await startHelmRepository([
      { name: 'gitea', version: '12.4.0', archive },
      { name: 'junk', version: '1.0.0', archive: Buffer.from('not a tarball at all') },
    ]);
    servers.push(repo);
    const small = new ChartReader({ cacheDir, timeoutMs: 5_000, limits: { maxArchiveBytes: 100 } });
    await expect(small.read({ type: 'helm', url: repo.url, chart: 'gitea', version: '12.4.0' })).rejects.toThrow(
      `Could not read chart gitea 12.4.0 from ${repo.host} (${repo.url}/archives/gitea-12.4.0.tgz: the answer is larger than 100 bytes).`,
    );
    await expect(reader().read({ type: 'helm', url: repo.url, chart: 'junk', version: '1.0.0' })).rejects.toThrow(
      `The archive of chart junk 1.0.0 from ${repo.host} is not a usable chart: it is not a chart archive (TAR_BAD_ARCHIVE: Unrecognized archive format)`,
    );
    expect(await fs.readdir(cacheDir)).toEqual([]
    );
  });
});
