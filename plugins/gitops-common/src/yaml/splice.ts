import { Document, isMap, isScalar, isSeq, parseAllDocuments, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Edits of an existing YAML file that change only the lines they add: a key added to a
 * block mapping, an item appended to a block or flow sequence. Everything else in the
 * file (its flow collections, spacing, quotes, anchors and comments) stays byte for byte,
 * so a reviewer's diff shows only what Homeport adds. New text is YAML 1.1-safe (a
 * string `yes` is quoted), as the Kubernetes tools read it.
 */

const TO_STRING = { lineWidth: 0, indentSeq: true } as const;

/**
 * Why an edit cannot be spliced: a `conflict` (the path holds a value already), or a shape
 * the splice does not follow (the caller may fall back to re-serializing).
 */
export class SpliceError extends Error {
  constructor(message: string, readonly conflict = false) {
    super(message);
  }
}

function render(value: unknown): string {
  return new Document(value, { version: '1.1', aliasDuplicateObjects: false }).toString(TO_STRING);
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just past the line on which `offset` lies. */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function indentLines(block: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return block
    .replace(/\n$/, '')
    .split('\n')
    .map(line => (line ? pad + line : line))
    .join('\n');
}

function insertAt(text: string, offset: number, lines: string): string {
  const head = text.slice(0, offset);
  return `${head.endsWith('\n') || head === '' ? head : `${head}\n`}${lines}\n${text.slice(offset)}`;
}

/** A path into a document: mapping keys, and item positions of sequences. */
export type SplicePath = readonly (string | number)[];

/** The `index`th document of a (multi-document) file; offsets stay those of the whole text. */
function documentOf(text: string, index: number): Document {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const doc = Array.isArray(docs) ? docs[index] : undefined;
  if (!doc) throw new SpliceError(`the file has no document #${index + 1}`);
  return doc;
}

function nodeAt(doc: Document, path: SplicePath): { node: unknown; depth: number } {
  let node: unknown = doc.contents;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    if (isSeq(node) && typeof key === 'number') {
      const item = (node as YAMLSeq).items[key];
      if (item === undefined || item === null) return { node, depth };
      node = item;
      continue;
    }
    if (!isMap(node)) return { node, depth };
    const next = (node as YAMLMap).get(key, true);
    if (next === undefined || next === null) return { node, depth };
    node = next;
  }
  return { node, depth: path.length };
}

function nest(keys: readonly (string | number)[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** Adds `key: value` (nested under the missing `rest` keys) at the end of a block mapping. */
function addToMap(text: string, map: YAMLMap, keys: readonly (string | number)[], value: unknown): string {
  if (map.flow || !map.items.length || !map.range) throw new SpliceError('not a block mapping with items');
  const first = map.items[0].key as { range?: [number, number, number] };
  const last = map.items[map.items.length - 1].value as { range?: [number, number, number] } | null;
  if (!first?.range || !last?.range) throw new SpliceError('no source positions');
  const indent = column(text, first.range[0]);
  return insertAt(text, endOfLine(text, last.range[1] - 1), indentLines(render({ [keys[0]]: nest(keys.slice(1), value) }), indent));
}

/** Appends an item to a sequence: after the last item of a block one, before the `]` of a flow one. */
function appendToSequence(text: string, seq: YAMLSeq, value: unknown): string {
  if (!seq.range) throw new SpliceError('no source positions');
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range[1]);
    if (close < seq.range[0] || (value !== null && typeof value === 'object')) throw new SpliceError('flow sequence of collections');
    const item = render(value).replace(/\n$/, '');
    const before = text.slice(seq.range[0] + 1, close);
    const sep = seq.items.length ? ', ' : '';
    const trailing = before.match(/\s*$/)?.[0] ?? '';
    return `${text.slice(0, close - trailing.length)}${sep}${item}${trailing}${text.slice(close)}`;
  }
  if (!seq.items.length) throw new SpliceError('empty block sequence');
  const first = seq.items[0] as { range?: [number, number, number] };
  const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
  if (!first?.range || !last?.range) throw new SpliceError('no source positions');
  const dash = text.lastIndexOf('-', first.range[0]);
  return insertAt(text, endOfLine(text, last.range[1] - 1), indentLines(render([value]), column(text, dash)));
}

/**
 * Sets a value at a path that holds none yet; a `SpliceError` if something is there.
 * `document` picks a document of a multi-document file (the first by default).
 */
export function spliceSet(text: string, path: SplicePath, value: unknown, document = 0): string {
  const doc = documentOf(text, document);
  const { node, depth } = nodeAt(doc, path);
  if (depth === path.length) throw new SpliceError(`already sets ${path.join('.')}`, true);
  if (!isMap(node)) throw new SpliceError(`${path.slice(0, depth).join('.')} is not a mapping`);
  return addToMap(text, node as YAMLMap, path.slice(depth), value);
}

/** Appends a value to the sequence at a path, creating the sequence where there is none. */
export function spliceAppend(text: string, path: SplicePath, value: unknown, document = 0): string {
  const doc = documentOf(text, document);
  const { node, depth } = nodeAt(doc, path);
  if (depth < path.length) return spliceSet(text, path, [value], document);
  if (!isSeq(node)) throw new SpliceError(`${path.join('.')} is not a list`);
  return appendToSequence(text, node as YAMLSeq, value);
}

/** A scalar rendered the way `node` was written: same quotes where the new value needs none other. */
function renderScalarLike(node: Scalar, value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return render(value).replace(/\n$/, '');
}

/**
 * Replaces the scalar at a path by `value`, in the scalar's own quoting: only its text
 * changes, so a comment after it on the line (an update bot's `# renovate: ...`) and
 * every other line stay byte for byte. A `SpliceError` if the path holds no scalar.
 */
export function spliceReplace(text: string, path: SplicePath, value: string | number, document = 0): string {
  const doc = documentOf(text, document);
  const { node, depth } = nodeAt(doc, path);
  if (depth < path.length) throw new SpliceError(`nothing is set at ${path.join('.')}`);
  if (!isScalar(node) || !node.range) throw new SpliceError(`${path.join('.')} is not a plain value`);
  if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
    throw new SpliceError(`${path.join('.')} is a block scalar`);
  }
  const [start, end] = node.range;
  return `${text.slice(0, start)}${renderScalarLike(node, value)}${text.slice(end)}`;
}

/**
 * Removes the `index`th item of the block sequence at a path, with its lines and the
 * comment lines right above it. Removing the last item leaves an empty flow list (`[]`)
 * after the key, so the key still holds a list.
 */
export function spliceRemoveItem(text: string, path: SplicePath, index: number, document = 0): string {
  const doc = documentOf(text, document);
  const { node, depth } = nodeAt(doc, path);
  if (depth < path.length || !isSeq(node)) throw new SpliceError(`${path.join('.')} is not a list`);
  const seq = node as YAMLSeq;
  if (seq.flow) throw new SpliceError(`${path.join('.')} is a flow list`);
  const item = seq.items[index] as { range?: [number, number, number] } | undefined;
  if (!item?.range) throw new SpliceError(`${path.join('.')} has no item #${index + 1}`);
  const dash = text.lastIndexOf('-', item.range[0]);
  let start = text.lastIndexOf('\n', dash - 1) + 1;
  const end = index + 1 < seq.items.length
    ? text.lastIndexOf('\n', text.lastIndexOf('-', (seq.items[index + 1] as { range: [number, number, number] }).range[0])) + 1
    : endOfLine(text, item.range[1] - 1);
  // Comment lines directly above the item belong to it.
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^\s*#/.test(text.slice(prev, start))) break;
    start = prev;
  }
  if (seq.items.length > 1) return text.slice(0, start) + text.slice(end);
  // The only item: the key keeps an empty list.
  const keyLineEnd = text.lastIndexOf('\n', start - 1);
  return `${text.slice(0, keyLineEnd).replace(/[ \t]*$/, '')} []\n${text.slice(end)}`;
}
