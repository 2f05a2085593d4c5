/** Helpers for the lint tests (not part of the package's API). */
import path from 'node:path';
import { fixtureRepo } from '../profiles/argocdCephEso/testing/fixtureRepo';
import { FileTree, MapFileTree } from '../tree/FileTree';
import { DEMO_REPO } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { runLint } from './lintRepository';

let demoTree: MapFileTree | undefined;
let chartTree: MapFileTree | undefined;

/** The flux-app-chart profile's fixture repository (its goldens are rendered against it). */
export function chartRepo(): MapFileTree {
  chartTree ??= readTreeSync(path.join(__dirname, '../profiles/fluxAppChart/__fixtures__/repo'));
  return chartTree;
}

/** The demo repository (examples/gitops-repo), read once. */
export function demo(): MapFileTree {
  demoTree ??= readTreeSync(DEMO_REPO);
  return demoTree;
}

/** A tree with `files` written over it (`undefined` deletes a file). */
export function withFiles(tree: FileTree, files: Record<string, string | undefined>): MapFileTree {
  const all = new Map<string, string>();
  for (const p of tree.paths()) all.set(p, tree.read(p)!);
  for (const [p, text] of Object.entries(files)) {
    if (text === undefined) all.delete(p);
    else all.set(p, text);
  }
  return new MapFileTree(all);
}

/** A tree with text replaced in one file; fails when the text is not there. */
export function edit(tree: FileTree, file: string, ...replacements: [string, string][]): MapFileTree {
  let text = tree.read(file);
  if (text === undefined) throw new Error(`${file} is not in the tree`);
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return withFiles(tree, { [file]: text });
}

/** The profile a rule id belongs to (`homeport/…` rules: `fallback`). */
function profileOf(ruleId: string, fallback: string): string {
  const prefix = ruleId.split('/')[0];
  return prefix === 'homeport' ? fallback : prefix;
}

/** The findings of one rule, as `{ file, line, message }`. */
export function lintRule(
  ruleId: string,
  tree: FileTree,
  options: { profile?: string; profileOptions?: unknown } = {},
): { file: string; line: number; message: string }[] {
  return runLint(tree, { profile: profileOf(ruleId, options.profile ?? 'flux-lvm-openbao'), profileOptions: options.profileOptions }, new Set([ruleId])).map(
    ({ file, line, message }) => ({ file, line, message }),
  );
}

const application = (name: string, source: string, namespace: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/rrumana/k8s-homelab-2.git
    targetRevision: main
    path: ${source}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
`;

const pullSecret = (domain: string) => `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: harbor-pull-creds
  namespace: ${domain}
spec:
  secretStoreRef:
    name: vault
    kind: ClusterSecretStore
  target:
    name: harbor-pull-creds
`;

/**
 * The argocd-ceph-eso profile's fixture repository (its goldens are rendered against it)
 * completed with what it names but does not carry, as the corpus repository has them:
 * the Applications of the shared Postgres clusters, the projects folder, each domain's
 * shared folder with the registry pull secret, and plex's Deployment.
 */
export function argoBase(): MapFileTree {
  const apps = 'cluster/platform/gitops/argocd/apps';
  const files: Record<string, string> = {
    'cluster/platform/gitops/argocd/projects/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nresources: []\n',
    [`${apps}/pg-productivity-app.yaml`]: application('pg-productivity', 'cluster/platform/base/data/data-definitions/postgres/pg-productivity', 'databases'),
    [`${apps}/pg-media-app.yaml`]: application('pg-media', 'cluster/platform/base/data/data-definitions/postgres/pg-media', 'databases'),
    [`${apps}/pg-other-app.yaml`]: application('pg-other', 'cluster/platform/base/data/data-definitions/postgres/pg-other', 'databases'),
    'cluster/apps/media/plex/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: plex\n  namespace: media\nspec:\n  selector:\n    matchLabels: { app: plex }\n  template:\n    metadata:\n      labels: { app: plex }\n    spec:\n      containers:\n        - name: plex\n          image: harbor.rcrumana.xyz/mirror/linuxserver/plex:1.42.2.10156-f737b826c-ls287\n',
    'cluster/apps/media/plex/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nnamespace: media\n\nresources:\n  - deployment.yaml\n  - service.yaml\n',
    [`${apps}/plex-app.yaml`]: application('plex', 'cluster/apps/media/plex', 'media'),
  };
  const kustomization = fixtureRepo().read(`${apps}/kustomization.yaml`)!;
  files[`${apps}/kustomization.yaml`] = kustomization.replace('  - pg-productivity-app.yaml\n', '  - pg-productivity-app.yaml\n  - pg-media-app.yaml\n  - pg-other-app.yaml\n  - plex-app.yaml\n');
  for (const domain of ['ai', 'media', 'other', 'productivity', 'web']) {
    files[`cluster/apps/${domain}/shared/externalsecret.yaml`] = pullSecret(domain);
    files[`cluster/apps/${domain}/shared/kustomization.yaml`] = `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nnamespace: ${domain}\n\nresources:\n  - externalsecret.yaml\n`;
    files[`${apps}/${domain}-shared-app.yaml`] = application(`${domain}-shared`, `cluster/apps/${domain}/shared`, domain);
  }
  return withFiles(fixtureRepo(), files);
}
