import { claimReferences, definedClaims } from '../../references';
import { Rule } from '../../types';
import { at, qualified } from '../helpers';
import { templatedClaims } from './templatedClaims';

/** PersistentVolumeClaims that workloads and Helm values mount exist. */
export const undefinedClaim: Rule = {
  id: 'homeport/undefined-claim',
  severity: 'error',
  title: 'Mounted PersistentVolumeClaims are defined',
  description:
    "Every claim a workload mounts (volumes[].persistentVolumeClaim.claimName) or a HelmRelease's values name (existingClaim, claimName, persistentVolumeClaimName) is a PersistentVolumeClaim of the repository in that namespace, one a StatefulSet's volumeClaimTemplates create, one a Flux component or folder defines with a substituted name (${APP}-config, for the values the Kustomizations substitute), or one a Flux Operator ResourceSet renders for one of its inputs.",
  source: 'L65',
  citation: '[inference] the pod cannot start without its claim; seed 000: "bring our own one" (PVC).',
  check: ({ index }) => {
    const { exact, prefixes } = definedClaims(index);
    const templated = templatedClaims(index);
    return claimReferences(index)
      .filter(r => !templated.some(matches => matches(r.namespace, r.name)))
      .filter(r => {
        const keys = r.namespace === undefined ? [...exact].filter(k => k.endsWith(`\u0000${r.name}`)) : [];
        return !(
          keys.length ||
          exact.has(`${r.namespace ?? '*'}\u0000${r.name}`) ||
          exact.has(`*\u0000${r.name}`) ||
          prefixes.some(p => `${r.namespace ?? '*'}\u0000${r.name}`.startsWith(p))
        );
      })
      .map(r =>
        at(
          r.doc,
          r.path,
          `PersistentVolumeClaim ${qualified(r.namespace, r.name)} is mounted by ${r.doc.label} but defined nowhere in the repository`,
          'Add the claim (with its volume, as the profile lays out storage), or correct the name.',
        ),
      );
  },
};
