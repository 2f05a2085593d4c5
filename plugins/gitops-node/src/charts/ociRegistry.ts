import crypto from 'node:crypto';
import { NotFoundError } from '@backstage/errors';
import { httpGet, HttpGetError, HttpResponse } from './httpGet';
import { ChartLocation, ReadLimits } from './types';

/** The layer of an OCI artifact that holds a Helm chart's archive. */
export const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

const MANIFEST_TYPES = 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `oci://ghcr.io/org/charts` + `app` → the registry's base URL and the repository name
 * `org/charts/app`. A loopback registry is spoken to over plain HTTP, as container tools
 * do; every other over HTTPS.
 */
export function ociReference(location: ChartLocation): { base: string; name: string } {
  const url = new URL(location.url.replace(/^oci:\/\//, 'https://'));
  const scheme = LOOPBACK.has(url.hostname) ? 'http' : 'https';
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  return { base: `${scheme}://${url.host}`, name: [path, location.chart].filter(Boolean).join('/') };
}

/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
function bearerChallenge(header: string | null): Record<string, string> | undefined {
  if (!header || !/^bearer\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const [, key, value] of header.slice(7).matchAll(/([A-Za-z]+)="([^"]*)"/g)) params[key.toLowerCase()] = value;
  return params.realm ? params : undefined;
}

/**
 * A GET against the registry that answers a 401 challenge with the anonymous token flow
 * (the token endpoint the challenge names, for pull access) and retries once.
 */
class RegistrySession {
  private token?: string;

  constructor(private readonly limits: ReadLimits, private readonly name: string) {}

  async get(url: string, accept?: string): Promise<HttpResponse> {
    const headers = (): Record<string, string> => ({
      ...(accept ? { Accept: accept } : {}),
      ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
    });
    const options = { timeoutMs: this.limits.timeoutMs, maxBytes: this.limits.maxArchiveBytes };
    let response = await httpGet(url, { ...options, headers: headers() });
    if (response.status !== 401 || this.token) return response;
    const challenge = bearerChallenge(response.headers.get('www-authenticate'));
    if (!challenge) return response;
    const tokenUrl = new URL(challenge.realm);
    if (challenge.service) tokenUrl.searchParams.set('service', challenge.service);
    tokenUrl.searchParams.set('scope', challenge.scope ?? `repository:${this.name}:pull`);
    const answer = await httpGet(tokenUrl.toString(), options);
    if (answer.status !== 200) {
      throw new HttpGetError(tokenUrl.toString(), `the registry's token endpoint answered HTTP ${answer.status}`);
    }
    const body = JSON.parse(answer.body.toString('utf8')) as { token?: string; access_token?: string };
    this.token = body.token ?? body.access_token;
    if (!this.token) throw new HttpGetError(tokenUrl.toString(), "the registry's token endpoint gave no token");
    response = await httpGet(url, { ...options, headers: headers() });
    return response;
  }
}

/**
 * The archive of a chart version from an OCI registry (the distribution API): the
 * manifest of the version's tag (Helm writes `+` as `_` in tags), then the blob of its
 * chart layer, checked against its digest.
 */
export async function fetchFromOciRegistry(location: ChartLocation, limits: ReadLimits): Promise<Buffer> {
  const { base, name } = ociReference(location);
  const session = new RegistrySession(limits, name);
  const manifestUrl = `${base}/v2/${name}/manifests/${location.version.replace(/\+/g, '_')}`;
  const manifest = await session.get(manifestUrl, MANIFEST_TYPES);
  if (manifest.status === 404) {
    throw new NotFoundError(`The OCI registry ${location.url} has no version ${location.version} of chart ${location.chart}`);
  }
  if (manifest.status !== 200) throw new HttpGetError(manifestUrl, `the manifest answered HTTP ${manifest.status}`);
  let layers: { mediaType?: string; digest?: string }[] = [];
  try {
    layers = (JSON.parse(manifest.body.toString('utf8')) as { layers?: typeof layers }).layers ?? [];
  } catch {
    throw new HttpGetError(manifestUrl, 'the manifest is not JSON');
  }
  const digest = layers.find(l => l.mediaType === HELM_CHART_LAYER)?.digest;
  if (!digest || !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new NotFoundError(`${location.url}/${location.chart}:${location.version} is not a Helm chart (no ${HELM_CHART_LAYER} layer)`);
  }
  const blobUrl = `${base}/v2/${name}/blobs/${digest}`;
  const blob = await session.get(blobUrl);
  if (blob.status !== 200) throw new HttpGetError(blobUrl, `the chart layer answered HTTP ${blob.status}`);
  const actual = `sha256:${crypto.createHash('sha256').update(blob.body).digest('hex')}`;
  if (actual !== digest) throw new HttpGetError(blobUrl, `the chart layer's digest is ${actual}, not ${digest}`);
  return blob.body;
}
