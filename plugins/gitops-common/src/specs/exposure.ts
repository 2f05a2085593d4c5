import { z } from 'zod';
import { portNumber } from './common';
import { appName, dnsLabel, hostName } from './names';

/**
 * An HTTP exposure of an app's service: an Ingress or a route, with TLS.
 *
 * @public
 */
export const httpSpec = z.object({
  kind: z.literal('http'),
  app: appName,
  /** Defaults to `<app>.<profile domain>`. */
  host: hostName.optional(),
  path: z.string().regex(/^\/[A-Za-z0-9._~/-]*$/, 'path must start with /').default('/'),
  /**
   * The Service to route to; defaults to the HTTP Service of a Helm app's chart (read from
   * the chart), else to the app's own, `<app>`.
   */
  service: dnsLabel('service name').optional(),
  /** The Service's port; defaults to the chart's HTTP Service port for a Helm app, else 80. */
  port: portNumber.optional(),
  tls: z.boolean().default(true),
});
export type HttpSpec = z.infer<typeof httpSpec>;

/** The port an http spec routes to when neither it nor a chart says. */
export const DEFAULT_HTTP_PORT = 80;

/**
 * The Service and port an http spec routes to: as the spec says (after chart facts were
 * applied to it), else the app's own Service on port 80.
 *
 * @public
 */
export function httpBackend(spec: HttpSpec): { service: string; port: number } {
  return { service: spec.service ?? spec.app, port: spec.port ?? DEFAULT_HTTP_PORT };
}

/**
 * A TCP/UDP exposure of an app through a LoadBalancer Service.
 *
 * @public
 */
export const tcpSpec = z.object({
  kind: z.literal('tcp'),
  app: appName,
  /** The Service's name; defaults to `<app>-lb`. */
  service: dnsLabel('service name').optional(),
  /** Pod label `app` the Service selects; defaults to the app name. */
  selector: dnsLabel('selector').optional(),
  ports: z
    .array(
      z.object({
        name: dnsLabel('port name', 15),
        port: portNumber,
        targetPort: portNumber.optional(),
        protocol: z.enum(['TCP', 'UDP']).default('TCP'),
      }),
    )
    .min(1, 'expose at least one port')
    .max(32),
});
export type TcpSpec = z.infer<typeof tcpSpec>;
