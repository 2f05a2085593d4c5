import { definedSecrets, isDefined, secretReferences } from '../../references';
import { Rule } from '../../types';
import { at, qualified } from '../helpers';

const HOW: Record<string, string> = {
  'flux-lvm-openbao': 'a VaultStaticSecret (spec.destination.name) synced from OpenBao',
  'argocd-ceph-eso': 'an ExternalSecret (spec.target.name) from the secret store',
  'flux-app-chart': 'a SOPS-encrypted Secret in the secrets folder',
};

/** Secrets referenced by workloads, Helm values or custom resources exist somewhere. */
export const undefinedSecret: Rule = {
  id: 'homeport/undefined-secret',
  severity: 'error',
  title: 'Referenced Secrets are defined',
  description:
    "Every Secret a workload (env, envFrom, volumes, imagePullSecrets), a HelmRelease's values (secretKeyRef, existingSecret…) or another namespaced object (…SecretRef) names is defined in the repository in that namespace: a Secret, a VaultStaticSecret's destination, an ExternalSecret's target, a SealedSecret, a cert-manager Certificate, an Ingress TLS secret, or the secrets CloudNativePG creates for a Cluster (<cluster>-app, -superuser…). Optional references are skipped.",
  source: 'L65',
  citation: '[inference] "Every ExternalSecret / VaultStaticSecret target Secret referenced by a workload exists."',
  check: ({ index, profile }) => {
    const defined = definedSecrets(index);
    return secretReferences(index)
      .filter(r => !isDefined(defined, r.namespace, r.name))
      .map(r =>
        at(
          r.doc,
          r.path,
          `Secret ${qualified(r.namespace, r.name)} is referenced by ${r.doc.label} but defined nowhere in the repository`,
          `Define it as ${HOW[profile] ?? 'a Secret the repository manages'}, or correct the name.`,
        ),
      );
  },
};
