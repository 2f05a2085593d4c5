import { parseAllDocuments } from 'yaml';
import { MapFileTree } from '../tree/FileTree';

export type Edit = (doc: ReturnType<typeof parseAllDocuments>[number]) => void;

/** Edits an app owner makes (tests of reads and lints through a ReadCache), none of which renames an object. */
export const EDITS: Record<string, Edit> = {
  annotation: doc => doc.setIn(['metadata', 'annotations', 'homeport.dev/edited'], 'yes'),
  'part-of label': doc => doc.setIn(['metadata', 'labels', 'app.kubernetes.io/part-of'], 'edited'),
  'chart version or image': doc => {
    if (doc.hasIn(['spec', 'chart', 'spec', 'version'])) doc.setIn(['spec', 'chart', 'spec', 'version'], '9.9.9');
    if (doc.hasIn(['spec', 'template', 'spec', 'containers', 0, 'image']))
      doc.setIn(['spec', 'template', 'spec', 'containers', 0, 'image'], 'registry.example/edited:1.0.0');
    if (doc.hasIn(['spec', 'values'])) doc.setIn(['spec', 'values', 'edited'], 'yes');
  },
};

export function edited(text: string, edit: Edit): string | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.some(d => d.errors.length || !d.contents)) return undefined;
  for (const doc of docs) if (doc.has('metadata')) edit(doc);
  const out = docs.map(d => d.toString()).join('---\n');
  return out === text ? undefined : out;
}

/** Up to `max` YAML files of a tree, spread over it (templates left out). */
export function sample(tree: MapFileTree, max: number): string[] {
  const files = tree.paths().filter(p => /\.ya?ml$/.test(p) && !tree.read(p)!.includes('{{'));
  const step = Math.max(1, Math.ceil(files.length / max));
  return files.filter((_, i) => i % step === 0);
}

/**
 * Each edit of {@link EDITS} that changes one of up to `max` sampled files (see
 * {@link sample}), as the tree with that one file edited.
 */
export function* editedTrees(base: MapFileTree, max: number): Generator<{ file: string; editName: string; tree: MapFileTree }> {
  for (const file of sample(base, max)) {
    for (const [editName, edit] of Object.entries(EDITS)) {
      const text = edited(base.read(file)!, edit);
      if (text !== undefined) yield { file, editName, tree: base.with([[file, text]]) };
    }
  }
}
