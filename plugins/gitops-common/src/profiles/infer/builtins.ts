import { FileTree } from '../../tree/FileTree';
import { ARGOCD_CEPH_ESO } from '../argocdCephEso';
import { FLUX_APP_CHART } from '../fluxAppChart';
import { FLUX_LVM_OPENBAO } from '../fluxLvmOpenbao';

/** A built-in convention's signature: the paths its layout always has. */
interface Signature {
  profile: string;
  /** Every one of these exists. */
  all: string[];
  /** At least one of these exists. */
  any: string[];
}

const SIGNATURES: Signature[] = [
  { profile: FLUX_LVM_OPENBAO, all: ['apps/kustomization.yaml'], any: ['vault/policy', 'vault/kubernetes-auth-roles', 'talos/patches'] },
  { profile: FLUX_APP_CHART, all: ['kubernetes/apps/kustomization.yaml', 'kubernetes/.charts'], any: ['kubernetes/secrets/.sops.yaml', 'kubernetes/clusters'] },
  { profile: ARGOCD_CEPH_ESO, all: ['cluster/platform/gitops/argocd/apps', 'cluster/apps'], any: ['cluster/apps/shared/ingress', 'cluster/platform/base/namespaces'] },
];

/** The built-in whose layout the repository has, with the paths that show it. */
export function matchBuiltin(tree: FileTree): { profile: string; evidence: string[] } | undefined {
  for (const s of SIGNATURES) {
    if (!s.all.every(p => tree.exists(p))) continue;
    const any = s.any.filter(p => tree.exists(p));
    if (any.length) return { profile: s.profile, evidence: [...s.all, ...any] };
  }
  return undefined;
}

/** What each built-in looks for, for the "not understood" report. */
export function builtinEntryPoints(): string[] {
  return SIGNATURES.map(s => `${s.all.join(' + ')} with one of ${s.any.join(', ')} (${s.profile})`);
}
