import { lookup, Resolver } from 'node:dns/promises';

/** The addresses a host resolves to; rejects with the resolver's error (its `code`) or a timeout. */
export type ResolveHost = (host: string) => Promise<string[]>;

const NO_RECORD = new Set(['ENOTFOUND', 'ENODATA']);

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEOUT' })),
      timeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A and AAAA records from the given servers: every address found, else the error of the lookup (no record wins over a failure). */
async function fromServers(resolver: Resolver, host: string): Promise<string[]> {
  const answers = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
  const addresses = answers.flatMap(a => (a.status === 'fulfilled' ? a.value : []));
  if (addresses.length) return addresses;
  const errors = answers.flatMap(a => (a.status === 'rejected' ? [a.reason as { code?: string }] : []));
  if (!errors.length) return [];
  throw errors.find(e => e.code && NO_RECORD.has(e.code)) ?? errors[0];
}

/**
 * A {@link ResolveHost}, given up after `timeoutMs`: through the system resolver
 * (node:dns `lookup`, which reads `/etc/hosts`), or, given `servers`
 * (`homeport.steps.dnsServers`), by asking those name servers for A and AAAA records.
 */
export function createResolveHost(timeoutMs: number, servers: string[] = []): ResolveHost {
  if (!servers.length) {
    return host => withTimeout(lookup(host, { all: true }).then(list => list.map(a => a.address)), timeoutMs);
  }
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers(servers);
  return host => withTimeout(fromServers(resolver, host), timeoutMs);
}
