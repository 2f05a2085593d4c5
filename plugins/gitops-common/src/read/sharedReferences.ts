/**
 * Databases and caches one service uses but another defines, found by their in-cluster
 * addresses in the user's objects and values: CloudNativePG `<cluster>-rw.<ns>.svc`
 * (or `<cluster>-rw` in the same namespace), `<cache>[-master|-primary].<ns>.svc`.
 */
import type { BuiltService } from './buildService';
import { ServiceCacheKind } from './types';

const CNPG_HOST =
  /\b([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)-(?:rw|ro|r)(?:\.([a-z0-9-]+))?(?=\.svc|\b)/g;
const SERVICE_HOST =
  /\b([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)\.([a-z0-9-]+)\.svc\b/g;

/** Whether a string may hold an address {@link addSharedReferences} looks for. */
export function mayNameService(text: string): boolean {
  return text.length <= 4000 && (text.includes('-r') || text.includes('.svc'));
}

/** Adds `shared-postgres` databases and shared caches to services that connect to another service's. */
export function addSharedReferences(services: BuiltService[]) {
  const clusters = new Map<string, BuiltService>();
  const caches = new Map<
    string,
    { service: BuiltService; kind: ServiceCacheKind }
  >();
  for (const service of services) {
    for (const db of service.model.databases) {
      if (db.kind === 'cnpg-cluster')
        clusters.set(`${db.namespace ?? ''}/${db.name}`, service);
    }
    for (const cache of service.model.caches) {
      if (!cache.shared)
        caches.set(`${cache.namespace ?? ''}/${cache.name}`, {
          service,
          kind: cache.kind,
        });
    }
  }
  if (!clusters.size && !caches.size) return;
  for (const service of services) {
    const { model } = service;
    const file = model.workloads[0]?.file ?? model.files[0] ?? model.folder;
    for (const text of service.strings) {
      if (!mayNameService(text)) continue;
      for (const match of text.matchAll(CNPG_HOST)) {
        const namespace = match[2] ?? model.namespace;
        const owner = clusters.get(`${namespace ?? ''}/${match[1]}`);
        if (!owner || owner === service) continue;
        if (
          !model.databases.some(
            d => d.name === match[1] && d.namespace === namespace,
          )
        ) {
          model.databases.push({
            kind: 'shared-postgres',
            name: match[1],
            ...(namespace ? { namespace } : {}),
            file,
          });
        }
      }
      for (const match of text.matchAll(SERVICE_HOST)) {
        const name = match[1].replace(
          /-(master|primary|headless|replicas)$/,
          '',
        );
        const found = caches.get(`${match[2]}/${name}`);
        if (!found || found.service === service) continue;
        if (
          !model.caches.some(c => c.name === name && c.namespace === match[2])
        ) {
          model.caches.push({
            kind: found.kind,
            name,
            namespace: match[2],
            shared: true,
            file,
          });
        }
      }
    }
  }
}
