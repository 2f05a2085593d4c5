import path from 'node:path';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { ChartFacts, chartsToRead, HelmSource, WorkloadSpec } from '@homeport/plugin-gitops-common';
import { ChartCache } from './chartCache';
import { deriveChartFacts } from './deriveChartFacts';
import { fetchFromHelmRepository } from './helmRepository';
import { HttpGetError } from './httpGet';
import { fetchFromOciRegistry } from './ociRegistry';
import { ChartLocation, ReadLimits } from './types';
import { unpackChart } from './unpackChart';

/** Size limits of the chart reader: a public index.yaml can be tens of megabytes. */
export const DEFAULT_CHART_LIMITS: Omit<ReadLimits, 'timeoutMs'> = {
  maxIndexBytes: 64 * 1024 * 1024,
  maxArchiveBytes: 16 * 1024 * 1024,
  maxUnpackedBytes: 32 * 1024 * 1024,
};

/** `oci://ghcr.io/org/charts` → `ghcr.io`. */
function hostOf(url: string): string {
  try {
    return new URL(url.replace(/^oci:\/\//, 'https://')).host;
  } catch {
    return url;
  }
}

/**
 * Reads what Homeport needs to know of Helm charts (see `deriveChartFacts`) from their
 * Helm repository (`index.yaml`, then the version's archive) or OCI registry (manifest,
 * then the chart layer), each request within the HTTP timeout and a size limit, with the
 * archives cached under `<cacheDir>/charts`.
 *
 * @public
 */
export class ChartReader {
  private readonly cache: ChartCache;
  private readonly limits: ReadLimits;

  constructor(options: { cacheDir: string; timeoutMs: number; limits?: Partial<Omit<ReadLimits, 'timeoutMs'>> }) {
    this.cache = new ChartCache(path.join(options.cacheDir, 'charts'));
    this.limits = { ...DEFAULT_CHART_LIMITS, ...options.limits, timeoutMs: options.timeoutMs };
  }

  /**
   * The facts of one chart version. An unreachable repository or registry is a
   * `ServiceUnavailableError`, a chart or version it does not have a `NotFoundError`,
   * an archive that is not a chart an `InputError`; each names the host and the chart.
   */
  async read(location: ChartLocation): Promise<ChartFacts> {
    const label = `chart ${location.chart} ${location.version}`;
    const cached = await this.cache.get(location);
    const archive = cached ?? (await this.download(location, label));
    let facts: ChartFacts;
    try {
      facts = deriveChartFacts(await unpackChart(archive, this.limits.maxUnpackedBytes));
    } catch (error) {
      throw new InputError(`The archive of ${label} from ${hostOf(location.url)} is not a usable chart: ${(error as Error).message}`);
    }
    // Only a chart that could be read is kept.
    if (!cached) await this.cache.put(location, archive);
    return facts;
  }

  private async download(location: ChartLocation, label: string): Promise<Buffer> {
    try {
      return location.type === 'oci'
        ? await fetchFromOciRegistry(location, this.limits)
        : await fetchFromHelmRepository(location, this.limits);
    } catch (error) {
      if (error instanceof HttpGetError) {
        throw new ServiceUnavailableError(
          `Could not read ${label} from ${hostOf(location.url)} (${error.url}: ${error.message}). Without the chart, give the exposure's Service name and port, the image's values paths and the secret's ServiceAccount.`,
        );
      }
      throw error;
    }
  }

  /**
   * The facts of every chart a request must read first (`chartsToRead`), by app: the
   * `charts` of `renderChangeSet`'s context. Specs that state what they need read none.
   */
  async readForSpecs(specs: readonly WorkloadSpec[]): Promise<Record<string, ChartFacts>> {
    const charts: Record<string, ChartFacts> = {};
    for (const { app, source } of chartsToRead(specs)) {
      charts[app] = await this.read(locationOf(source));
    }
    return charts;
  }
}

function locationOf(source: HelmSource): ChartLocation {
  const { type, url } = source.repository;
  if (type === 'git') throw new Error('unreachable: chartsToRead reads no git source');
  return { type, url, chart: source.chart, version: source.version };
}
