import path from 'node:path';

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** The demo GitOps repository of the embedded default. */
export const DEMO_REPO = path.join(REPO_ROOT, 'examples/gitops-repo');

/** A repository of the shared corpus (`../shared/corpus/<name>`). */
export function corpusDir(name: string): string {
  const shared =
    process.env.HOMEPORT_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');
  return path.join(shared, 'corpus', name);
}

/** The corpus repositories with the profile each follows (none: every service). */
export const CORPUS: { name: string; profile?: string }[] = [
  { name: 'Lumpiasty__klaster', profile: 'flux-lvm-openbao' },
  { name: 'public-transport__infrastructure', profile: 'flux-app-chart' },
  { name: 'rrumana__k8s-homelab-2', profile: 'argocd-ceph-eso' },
  { name: 'onedr0p__home-ops' },
  { name: 'billimek__k8s-gitops' },
];
