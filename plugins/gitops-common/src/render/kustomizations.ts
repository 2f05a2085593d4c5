import { ChangeSetBuilder } from './ChangeSetBuilder';
import { compareStrings, repoPath } from '../tree/paths';
import { addKustomizationResources, newKustomization } from '../yaml/kustomization';

/** Files in an app folder that are not Kubernetes resources and stay out of kustomizations. */
export const NON_RESOURCE_FILES: ReadonlySet<string> = new Set([
  'kustomization.yaml',
  'catalog-info.yaml',
  'mkdocs.yml',
  'mkdocs.yaml',
]);

/** `namespace.yaml` first (it must exist before the rest), then by name. */
function resourceOrder(a: string, b: string): number {
  if (a === 'namespace.yaml') return -1;
  if (b === 'namespace.yaml') return 1;
  return compareStrings(a, b);
}

/**
 * Makes the kustomization of `folder` list every resource file the change set added
 * there: a new `kustomization.yaml` for a new folder, appended entries for an existing
 * one (comments and order kept).
 */
export function listAddedResources(
  b: ChangeSetBuilder,
  folder: string,
  extra: Record<string, unknown> = {},
): void {
  const added = b
    .addedIn(folder)
    .map(path => path.slice(folder.length + 1))
    .filter(name => /\.ya?ml$/.test(name) && !NON_RESOURCE_FILES.has(name))
    .sort(resourceOrder);
  if (!added.length) return;
  const kustomization = repoPath(folder, 'kustomization.yaml');
  if (b.exists(kustomization)) {
    b.edit(kustomization, text => addKustomizationResources(kustomization, text, added));
  } else {
    b.add(kustomization, newKustomization(added, extra));
  }
}
