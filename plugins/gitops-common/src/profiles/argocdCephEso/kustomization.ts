import { isMap, isScalar, Pair } from 'yaml';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { NON_RESOURCE_FILES } from '../../render/kustomizations';
import { repoPath } from '../../tree/paths';
import { documentToYaml, objectToDocument } from '../../yaml/documents';
import { addKustomizationResources } from '../../yaml/kustomization';

/** Files of an app folder that Argo CD reads but kustomize must not: the Helm values. */
const HELM_VALUES_FILES: ReadonlySet<string> = new Set(['values.yaml']);

/** The resource files `b` added directly in `folder`, by name. */
function addedResources(b: ChangeSetBuilder, folder: string): string[] {
  return b
    .addedIn(folder)
    .map(path => path.slice(folder.length + 1))
    .filter(name => /\.ya?ml$/.test(name) && !NON_RESOURCE_FILES.has(name) && !HELM_VALUES_FILES.has(name))
    .sort();
}

/**
 * An app's `kustomization.yaml` as the corpus writes them: `namespace: <domain>`, the
 * resources, and `commonLabels` naming the app, each section after a blank line.
 * Resources are sorted by name (kustomize and Argo CD order objects by kind and sync
 * wave, not by listing).
 */
export function appKustomization(namespace: string, app: string, resources: string[]): string {
  const doc = objectToDocument({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace,
    resources,
    commonLabels: { 'app.kubernetes.io/name': app, 'app.kubernetes.io/managed-by': 'argocd' },
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      if (isScalar(pair.key) && pair.key.value !== 'apiVersion' && pair.key.value !== 'kind') {
        pair.key.spaceBefore = true;
      }
    }
  }
  return documentToYaml(doc);
}

/**
 * Makes an app folder's kustomization list every resource file the change set added
 * there: a new one for a new app (even with no resources, since its Application reads
 * the folder), appended entries for an existing one (comments and order kept).
 */
export function writeAppKustomization(
  b: ChangeSetBuilder,
  plan: { name: string; namespace: string; folder: string },
): void {
  const added = addedResources(b, plan.folder);
  const path = repoPath(plan.folder, 'kustomization.yaml');
  if (!b.exists(path)) {
    b.add(path, appKustomization(plan.namespace, plan.name, added));
  } else if (added.length) {
    b.edit(path, text => addKustomizationResources(path, text, added));
  }
}

/**
 * Appends the files added in a shared folder (the ingress folder, a Postgres cluster's
 * folder, the Argo CD apps folder) to its kustomization, when it has one. Without one the
 * folder is read as a plain directory, and listing is not needed.
 */
export function listInFolderKustomization(b: ChangeSetBuilder, folder: string): void {
  const added = addedResources(b, folder);
  const path = repoPath(folder, 'kustomization.yaml');
  if (added.length && b.exists(path)) {
    b.edit(path, text => addKustomizationResources(path, text, added));
  }
}
