import http from 'node:http';
import https from 'node:https';
import { KubeCluster } from './kubeClusters';

/** A Kubernetes API answer: its status code and its JSON body (`undefined` when it is none). */
export interface KubeAnswer {
  status: number;
  body?: any;
}

/** Reads one API path of a cluster. Rejects when the cluster does not answer within `timeoutMs`. */
export type KubeGet = (cluster: KubeCluster, path: string) => Promise<KubeAnswer>;

/** A {@link KubeGet} over node:http(s), with the cluster's token, CA and TLS setting. */
export function createKubeGet(timeoutMs: number): KubeGet {
  return (cluster, path) =>
    new Promise((resolve, reject) => {
      const url = new URL(path, cluster.url.endsWith('/') ? cluster.url : `${cluster.url}/`);
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: 'GET',
          headers: {
            Accept: 'application/json',
            ...(cluster.token ? { Authorization: `Bearer ${cluster.token}` } : {}),
          },
          timeout: timeoutMs,
          ...(url.protocol === 'https:'
            ? {
                rejectUnauthorized: !cluster.skipTLSVerify,
                ...(cluster.caData ? { ca: Buffer.from(cluster.caData, 'base64') } : {}),
              }
            : {}),
        },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', c => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              body = undefined;
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
}
