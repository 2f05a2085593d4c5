import { parseAllDocuments } from 'yaml';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { documentToYaml, objectToDocument, YamlObject } from '../../yaml/documents';

/**
 * The text of a manifest file as the corpus writes them: one object per file, no
 * leading `---` (several objects are separated by `---`).
 */
export function yamlFile(objects: YamlObject | YamlObject[], header?: string): string {
  const list = Array.isArray(objects) ? objects : [objects];
  return list
    .map((object, i) => documentToYaml(objectToDocument(object, i === 0 && header ? { header } : {})))
    .join('---\n');
}

/** A file's YAML documents as plain data; unparsable documents (Helm templates) are skipped. */
export function readObjects(b: ChangeSetBuilder, path: string): YamlObject[] {
  const text = b.read(path);
  if (text === undefined) return [];
  return parseAllDocuments(text)
    .filter(doc => !('errors' in doc && doc.errors.length))
    .map(doc => {
      try {
        return doc.toJS({ maxAliasCount: 100 }) as unknown;
      } catch {
        return undefined;
      }
    })
    .filter((v): v is YamlObject => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** The YAML files of the tree directly or deeply inside `folder`. */
export function yamlFilesUnder(b: ChangeSetBuilder, folder: string): string[] {
  return b.tree.paths().filter(p => p.startsWith(`${folder}/`) && /\.ya?ml$/.test(p));
}

/** The value at `path` of plain nested objects, or `undefined`. */
export function getIn(target: unknown, path: string[]): unknown {
  let node = target;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as YamlObject)[key];
  }
  return node;
}
