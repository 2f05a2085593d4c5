import path from 'node:path';

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** `../shared` beside the repository: the corpus, the CRDs and the seeds. */
export const SHARED_DIR =
  process.env.HOMEPORT_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');

/** A repository of the shared corpus, such as `Lumpiasty__klaster`. */
export function corpusDir(name: string): string {
  return path.join(SHARED_DIR, 'corpus', name);
}

/** A repository extracted into this project's own corpus (`read/__fixtures__/corpus`), such as `vehagn__homelab`. */
export function fixtureCorpusDir(name: string): string {
  return path.join(
    REPO_ROOT,
    'plugins/gitops-common/src/read/__fixtures__/corpus',
    name,
  );
}

/** The demo GitOps repository of the embedded default. */
export const DEMO_REPO = path.join(REPO_ROOT, 'examples/gitops-repo');

/** The upstream CRDs and Kubernetes OpenAPI documents that generated objects must satisfy. */
export const SCHEMAS_DIR =
  process.env.HOMEPORT_SCHEMAS_DIR ?? path.join(SHARED_DIR, 'crds');
