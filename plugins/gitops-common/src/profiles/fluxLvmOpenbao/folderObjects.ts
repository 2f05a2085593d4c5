import { parseAllDocuments } from 'yaml';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';

/** A document of a file in an app's folder: where it is, and its data. */
export interface FolderObject {
  file: string;
  /** Position of the document in its file. */
  index: number;
  value: any;
}

/**
 * The objects of one kind in an app's folder (and below it), as the change set sees
 * them: the repository's files first, in path order, then the files this change set
 * added to the folder, in the order they were added.
 */
export function folderObjects(b: ChangeSetBuilder, folder: string, kind: string): FolderObject[] {
  const files = [...new Set([...b.tree.paths().filter(p => p.startsWith(`${folder}/`)), ...b.addedIn(folder)])];
  const out: FolderObject[] = [];
  for (const file of files.filter(p => /\.ya?ml$/.test(p))) {
    parseAllDocuments(b.read(file) ?? '').forEach((doc, index) => {
      const value = doc.toJS() as any;
      if (value?.kind === kind) out.push({ file, index, value });
    });
  }
  return out;
}
