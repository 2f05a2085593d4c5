import { parse } from 'yaml';
import { FileTree } from '../../tree/FileTree';
import { removeConfigPatchFromMakefile } from '../../profiles/fluxLvmOpenbao/talos';
import { spliceRemoveItem } from '../../yaml/splice';
import { ChangeSetBuilder } from '../ChangeSetBuilder';

/** Where a repository keeps its Talos machine-config patches and the Makefile that applies them (seed 000). */
export interface TalosLayout {
  patchesDir: string;
  makefile: string;
}

/** One Talos edit a decommission makes. */
export interface RemovedTalos {
  file: string;
  what: 'patch' | 'exemption' | 'makefile-line';
  detail: string;
}

/** The positions of `namespace` in a patch's PodSecurity exemptions: admission plugin index, namespace index, list length. */
function exemptionsOf(text: string, namespace: string): { plugin: number; index: number; count: number } | undefined {
  let patch: any;
  try {
    patch = parse(text);
  } catch {
    return undefined;
  }
  const plugins = patch?.cluster?.apiServer?.admissionControl;
  if (!Array.isArray(plugins)) return undefined;
  for (let plugin = 0; plugin < plugins.length; plugin++) {
    const namespaces = plugins[plugin]?.configuration?.exemptions?.namespaces;
    if (plugins[plugin]?.name !== 'PodSecurity' || !Array.isArray(namespaces)) continue;
    const index = namespaces.indexOf(namespace);
    if (index >= 0) return { plugin, index, count: namespaces.length };
  }
  return undefined;
}

/**
 * Takes the namespace out of the Talos PodSecurity exemptions: a patch that exempts only
 * it (and sets nothing else) is deleted with its Makefile line, else the namespace is
 * removed from its list.
 */
export function removeTalosExemption(
  tree: FileTree,
  builder: ChangeSetBuilder,
  namespace: string,
  layout: TalosLayout,
): RemovedTalos[] {
  const removed: RemovedTalos[] = [];
  for (const file of tree.paths().filter(p => p.startsWith(`${layout.patchesDir}/`))) {
    const text = tree.read(file)!;
    const found = exemptionsOf(text, namespace);
    if (!found) continue;
    const onlyThis = found.count === 1 && found.plugin === 0 && (parse(text)?.cluster?.apiServer?.admissionControl?.length === 1) && onlyExemptionKeys(text);
    if (!onlyThis) {
      const path = ['cluster', 'apiServer', 'admissionControl', found.plugin, 'configuration', 'exemptions', 'namespaces'];
      builder.edit(file, current => spliceRemoveItem(current, path, found.index));
      removed.push({ file, what: 'exemption', detail: `PodSecurity exemption of namespace ${namespace}` });
      continue;
    }
    builder.delete(file);
    removed.push({ file, what: 'patch', detail: `PodSecurity exemption of namespace ${namespace}` });
    if (builder.exists(layout.makefile)) {
      const result = removeConfigPatchFromMakefile(builder.read(layout.makefile)!, file);
      if (result.removed.length) {
        builder.edit(layout.makefile, () => result.text);
        for (const line of result.removed) removed.push({ file: layout.makefile, what: 'makefile-line', detail: line });
      }
    }
  }
  return removed;
}

/** Whether a patch sets nothing but the PodSecurity plugin under cluster.apiServer.admissionControl. */
function onlyExemptionKeys(text: string): boolean {
  const patch = parse(text);
  return (
    Object.keys(patch ?? {}).length === 1 &&
    Object.keys(patch.cluster ?? {}).length === 1 &&
    Object.keys(patch.cluster.apiServer ?? {}).length === 1
  );
}
