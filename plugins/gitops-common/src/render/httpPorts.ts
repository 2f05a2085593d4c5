import { InputError } from '@backstage/errors';

/** Ports that carry HTTP: seed 000 says expose those through an Ingress, not a LoadBalancer. */
export const HTTP_PORTS: ReadonlySet<number> = new Set([80, 443, 8000, 8080, 8443, 3000]);

/** Port names that say HTTP. */
export const HTTP_NAMES = /^(http|https|web|ui|http-.*|https-.*)$/;

/** Whether a port looks like HTTP, by number or by name. */
export function looksLikeHttp(port: { name?: string; port: number }): boolean {
  return HTTP_PORTS.has(port.port) || HTTP_NAMES.test(port.name ?? '');
}

/** Refuses a LoadBalancer request with an HTTP-looking port. */
export function refuseHttpLoadBalancer(ports: { name: string; port: number }[]): void {
  const http = ports.find(looksLikeHttp);
  if (http) {
    throw new InputError(
      `Port ${http.name} (${http.port}) looks like HTTP: expose HTTP through an Ingress (an http spec), not a LoadBalancer`,
    );
  }
}
