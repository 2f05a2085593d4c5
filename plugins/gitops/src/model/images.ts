import type { GitWorkload } from '../annotations';
import { ContainerImage } from './types';

/** An image reference split into repository, tag and digest. */
export function parseImage(raw: string): {
  repository: string;
  tag?: string;
  digest?: string;
} {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return {
    repository: rest,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}

/** `teamspeak`, `library/teamspeak` and `docker.io/library/teamspeak` are one repository. */
export function normalizeRepository(repository: string): string {
  let r = repository
    .toLocaleLowerCase('en-US')
    .replace(/^index\.docker\.io\//, 'docker.io/');
  const first = r.split('/')[0];
  const hasRegistry =
    r.includes('/') &&
    (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) r = `docker.io/${r}`;
  if (/^docker\.io\/[^/]+$/.test(r))
    r = r.replace('docker.io/', 'docker.io/library/');
  return r;
}

/**
 * Compares a running image with git: git's image of the same workload (same kind and
 * name) when git has that workload, otherwise any image of the service (charts render
 * workloads git does not name).
 */
export function compareImage(
  container: string,
  image: string,
  workload: { kind: string; name: string } | undefined,
  git: GitWorkload[],
): ContainerImage {
  const parsed = parseImage(image);
  const repository = normalizeRepository(parsed.repository);
  const own = workload
    ? git.filter(w => w.kind === workload.kind && w.name === workload.name)
    : [];
  const candidates = (own.length ? own : git).flatMap(w => w.images ?? []);
  const match = candidates.find(
    i => normalizeRepository(i.repository) === repository,
  );
  const base = { container, image, ...parsed };
  if (!match) return { ...base, drift: 'not-in-git' };
  const same =
    (match.tag ?? 'latest') === (parsed.tag ?? 'latest') &&
    (!match.digest || !parsed.digest || match.digest === parsed.digest);
  return {
    ...base,
    gitTag: match.tag ?? match.digest,
    drift: same ? 'same' : 'drift',
  };
}
