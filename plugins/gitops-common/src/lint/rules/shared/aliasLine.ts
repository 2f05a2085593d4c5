import { Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Node, parseAllDocuments } from 'yaml';
import type { YamlPath } from '../../k8s';

/** A file's documents with their line table. */
export interface ParsedFile {
  docs: Document[];
  lineCounter: LineCounter;
}

/**
 * Whether a file's text may hold a YAML alias (`*name` after a space, a flow indicator or
 * a line start). Without one, no value is an alias, and {@link aliasTargetLine} needs no
 * parse: a cheap test that spares the yaml package's full parse of most files.
 */
export function mayHoldAlias(text: string): boolean {
  return /(?:^|[\s[{,:])\*[^\s,[\]{}]/m.test(text);
}

/** Parses a file's text with positions (for the few findings that need the nodes). */
export function parseWithLines(text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  return { docs: Array.isArray(docs) ? docs : [], lineCounter };
}

/**
 * The 1-based line of the node an alias at `path` stands for (`tag: *version` → the line
 * of `&version 1.2.3`), or `undefined` when the value there is no alias.
 */
export function aliasTargetLine(parsed: ParsedFile, docIndex: number, path: YamlPath): number | undefined {
  const { docs, lineCounter } = parsed;
  const doc = docs[docIndex];
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find(p => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === segment);
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  if (!isAlias(node)) return undefined;
  const target = node.resolve(doc) as Node | undefined;
  const offset = target?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
