import { parse } from 'yaml';
import { FileTree } from '../../tree/FileTree';
import { repoPath } from '../../tree/paths';
import { ChangeSetBuilder } from '../ChangeSetBuilder';
import { isYamlPath, objectsOf } from './yamlObjects';

/** Where a repository keeps its OpenBao/Vault Kubernetes auth roles and policies (seed 000). */
export interface VaultLayout {
  rolesDir: string;
  policiesDir: string;
}

/** The Vault Kubernetes auth roles the VaultAuth objects of `files` log in with. */
function rolesOf(tree: FileTree, files: Iterable<string>): Set<string> {
  const roles = new Set<string>();
  for (const file of files) {
    if (!isYamlPath(file)) continue;
    const text = tree.read(file);
    if (!text?.includes('VaultAuth')) continue;
    for (const o of objectsOf(text)) {
      const role = o.kind === 'VaultAuth' ? o.spec?.kubernetes?.role : undefined;
      if (typeof role === 'string' && role) roles.add(role);
    }
  }
  return roles;
}

function policiesOf(text: string | undefined): string[] {
  try {
    const role = text === undefined ? undefined : parse(text);
    const policies = role?.token_policies;
    return Array.isArray(policies) ? policies.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** One Vault file a decommission deletes. */
export interface RemovedVaultFile {
  file: string;
  what: 'role' | 'policy';
  name: string;
}

/**
 * Deletes the Vault roles only the service's VaultAuth objects use, and the policies
 * only those roles grant: a role or policy another app still uses stays.
 */
export function removeVaultFiles(
  tree: FileTree,
  builder: ChangeSetBuilder,
  serviceFiles: readonly string[],
  deleted: ReadonlySet<string>,
  layout: VaultLayout,
): RemovedVaultFile[] {
  const remaining = tree.paths().filter(p => !deleted.has(p) && !p.startsWith(`${layout.rolesDir}/`));
  const stillUsed = rolesOf(tree, remaining);
  const removed: RemovedVaultFile[] = [];
  const removedRoles: string[] = [];
  for (const role of [...rolesOf(tree, serviceFiles)].sort()) {
    const file = repoPath(layout.rolesDir, `${role}.yaml`);
    if (stillUsed.has(role) || !tree.exists(file)) continue;
    builder.delete(file);
    removed.push({ file, what: 'role', name: role });
    removedRoles.push(file);
  }
  const otherRoles = tree
    .paths()
    .filter(p => p.startsWith(`${layout.rolesDir}/`) && !removedRoles.includes(p));
  const grantedElsewhere = new Set(otherRoles.flatMap(p => policiesOf(tree.read(p))));
  const policies = [...new Set(removedRoles.flatMap(p => policiesOf(tree.read(p))))].sort();
  for (const policy of policies) {
    const file = repoPath(layout.policiesDir, `${policy}.hcl`);
    if (grantedElsewhere.has(policy) || !tree.exists(file)) continue;
    builder.delete(file);
    removed.push({ file, what: 'policy', name: policy });
  }
  return removed;
}
