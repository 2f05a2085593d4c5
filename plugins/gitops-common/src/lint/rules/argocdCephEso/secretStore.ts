import { stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, qualified } from '../helpers';
import { ArgoRule, doc } from './common';

/** L36: ExternalSecrets use a store that exists. */
export const secretStore: ArgoRule = {
  ...doc('secret-store', 'error', 'L36', '"Use ExternalSecret with secretStoreRef to an existing (Cluster)SecretStore."'),
  title: 'ExternalSecrets use an existing secret store',
  description: "Every ExternalSecret's secretStoreRef names a ClusterSecretStore or SecretStore (of its namespace) the repository defines, or the profile's configured store.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const stores = index.objects('ClusterSecretStore', 'SecretStore');
    for (const es of index.objects('ExternalSecret')) {
      const name = stringAt(es.value, ['spec', 'secretStoreRef', 'name']);
      const kind = stringAt(es.value, ['spec', 'secretStoreRef', 'kind']) ?? 'SecretStore';
      const ns = index.namespaceOf(es);
      if (!name) {
        out.push(at(es, ['spec'], `ExternalSecret ${qualified(ns, es.name ?? '')} names no secretStoreRef`, `Set spec.secretStoreRef: { name: ${options.secretStore.name}, kind: ${options.secretStore.kind} }.`));
        continue;
      }
      const configured = name === options.secretStore.name && kind === options.secretStore.kind;
      const defined = stores.some(s => s.kind === kind && s.name === name && (kind === 'ClusterSecretStore' || index.namespaceOf(s) === ns));
      if (!configured && !defined) {
        out.push(at(es, ['spec', 'secretStoreRef', 'name'], `ExternalSecret ${qualified(ns, es.name ?? '')} uses ${kind} ${name}, which the repository does not define`, `Use ${options.secretStore.kind} ${options.secretStore.name}, or define the store.`));
      }
    }
    return out;
  },
};
