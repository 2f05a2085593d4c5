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
  /** The Service to route to; defaults to the app's own. */
  service: dnsLabel('service name').optional(),
  port: portNumber.default(80),
  tls: z.boolean().default(true),
});
export type HttpSpec = z.infer<typeof httpSpec>;

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
