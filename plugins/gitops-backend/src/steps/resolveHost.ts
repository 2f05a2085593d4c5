import { lookup } from 'node:dns/promises';

/** The addresses a host resolves to; rejects with the resolver's error (its `code`) or a timeout. */
export type ResolveHost = (host: string) => Promise<string[]>;

/** A {@link ResolveHost} through the system resolver (node:dns `lookup`), given up after `timeoutMs`. */
export function createResolveHost(timeoutMs: number): ResolveHost {
  return host => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEOUT' })),
        timeoutMs,
      );
    });
    return Promise.race([lookup(host, { all: true }).then(list => list.map(a => a.address)), timeout]).finally(() =>
      clearTimeout(timer),
    );
  };
}
