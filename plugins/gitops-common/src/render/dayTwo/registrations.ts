import { dirOf } from '../../tree/paths';
import { FileTree } from '../../tree/FileTree';
import { spliceRemoveItem } from '../../yaml/splice';
import { ChangeSetBuilder } from '../ChangeSetBuilder';
import { objectsOf } from './yamlObjects';

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const LISTS = ['resources', 'components'] as const;

/** `dir` joined with a kustomization entry, normalized (`..` resolved); undefined when it leaves the tree or is remote. */
function resolveEntry(dir: string, entry: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(entry) || entry.startsWith('/')) return undefined;
  const parts = dir ? dir.split('/') : [];
  for (const segment of entry.replace(/\/+$/, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

/** One registration line a decommission removes. */
export interface RemovedEntry {
  file: string;
  list: string;
  entry: string;
}

/**
 * Removes, from every kustomization the change leaves in place, the `resources` and
 * `components` entries that name a deleted file or a folder the change empties:
 * `- mealie` in `apps/kustomization.yaml`, `- mealie-app.yaml` in Argo CD's apps folder.
 */
export function removeRegistrations(
  tree: FileTree,
  builder: ChangeSetBuilder,
  deleted: ReadonlySet<string>,
  emptiedFolders: ReadonlySet<string>,
): RemovedEntry[] {
  const removed: RemovedEntry[] = [];
  const gone = (path: string) => deleted.has(path) || emptiedFolders.has(path);
  for (const file of tree.paths()) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (!KUSTOMIZATION_NAMES.has(name) || deleted.has(file)) continue;
    const [kustomization] = objectsOf(builder.read(file));
    if (!kustomization) continue;
    for (const list of LISTS) {
      const entries: unknown[] = Array.isArray(kustomization[list]) ? kustomization[list] : [];
      // From the last, so that earlier positions stay valid.
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i];
        if (typeof entry !== 'string') continue;
        const target = resolveEntry(dirOf(file), entry);
        if (target === undefined || !gone(target)) continue;
        builder.edit(file, text => spliceRemoveItem(text, [list], i));
        removed.unshift({ file, list, entry });
      }
    }
  }
  return removed;
}
