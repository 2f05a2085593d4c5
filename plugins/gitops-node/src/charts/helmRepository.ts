import { NotFoundError } from '@backstage/errors';
import { parse } from 'yaml';
import { httpGet, HttpGetError } from './httpGet';
import { ChartLocation, ReadLimits } from './types';

interface IndexEntry {
  version?: unknown;
  urls?: unknown;
}

/** `1.2.3` and `v1.2.3` name the same chart version, as Helm's own lookup treats them. */
function sameVersion(a: string, b: string): boolean {
  return a.replace(/^v/, '') === b.replace(/^v/, '');
}

/**
 * The archive of a chart version from an HTTP(S) Helm repository: its `index.yaml`
 * names the version's archive URL (relative URLs resolve against the index).
 */
export async function fetchFromHelmRepository(location: ChartLocation, limits: ReadLimits): Promise<Buffer> {
  const indexUrl = `${location.url.replace(/\/+$/, '')}/index.yaml`;
  const index = await httpGet(indexUrl, { timeoutMs: limits.timeoutMs, maxBytes: limits.maxIndexBytes });
  if (index.status !== 200) throw new HttpGetError(indexUrl, `index.yaml answered HTTP ${index.status}`);
  let entries: IndexEntry[] | undefined;
  try {
    const parsed = parse(index.body.toString('utf8'), { maxAliasCount: -1 }) as { entries?: Record<string, IndexEntry[]> } | null;
    entries = parsed?.entries?.[location.chart];
  } catch (error) {
    throw new HttpGetError(indexUrl, `index.yaml is not valid YAML (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) {
    throw new NotFoundError(`The Helm repository ${location.url} has no chart ${location.chart}`);
  }
  const entry = entries.find(e => typeof e.version === 'string' && sameVersion(e.version, location.version));
  const urls = entry?.urls;
  if (!entry || !Array.isArray(urls) || typeof urls[0] !== 'string') {
    const known = entries.map(e => String(e.version)).slice(0, 5).join(', ');
    throw new NotFoundError(
      `The Helm repository ${location.url} has no version ${location.version} of chart ${location.chart} (newest listed: ${known || 'none'})`,
    );
  }
  const archiveUrl = new URL(urls[0], index.url).toString();
  const archive = await httpGet(archiveUrl, { timeoutMs: limits.timeoutMs, maxBytes: limits.maxArchiveBytes });
  if (archive.status !== 200) throw new HttpGetError(archiveUrl, `the chart archive answered HTTP ${archive.status}`);
  return archive.body;
}
