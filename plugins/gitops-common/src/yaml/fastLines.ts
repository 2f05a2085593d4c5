import { loadAll, State } from 'js-yaml';
import { FAST_SCHEMA } from './fastLoad';

/** A node as js-yaml's loader opened and closed it, with the line it starts on. */
interface Frame {
  line: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** A node of a document with its line: mappings by key value, sequences by position. */
export interface LineNode {
  line: number;
  pairs?: Map<unknown, { key: LineNode; value: LineNode }>;
  items?: LineNode[];
}

type LoaderState = State & { depth: number };

function toNode(outer: Frame, value: unknown): LineNode | undefined {
  // A node the loader read while trying another reading (a flow collection as a
  // sequence item) is the only child of the node it became.
  let frame = outer;
  while (frame.children.length === 1 && frame.kind !== 'scalar' && frame.children[0].result === frame.result)
    frame = frame.children[0];
  const node: LineNode = { line: frame.line };
  if (frame.kind === 'mapping') {
    // Key and value frames alternate, and the loader's last attempt at a key (before a
    // `---`) opens an empty frame; anything else (a flow key without a value) is left
    // to the yaml package.
    const last = frame.children[frame.children.length - 1];
    if (frame.children.length % 2 !== 0 && last.kind === null) frame.children.pop();
    if (frame.children.length % 2 !== 0) return undefined;
    const record = value as Record<string, unknown>;
    node.pairs = new Map();
    for (let i = 0; i < frame.children.length; i += 2) {
      const keyFrame = frame.children[i];
      const keyValue = keyFrame.result;
      const child = toNode(frame.children[i + 1], record[String(keyValue)]);
      if (!child || typeof keyValue === 'object') return undefined;
      node.pairs.set(keyValue, { key: { line: keyFrame.line }, value: child });
    }
    if (node.pairs.size !== Object.keys(record).length) return undefined;
  } else if (frame.kind === 'sequence') {
    const list = value as unknown[];
    if (frame.children.length !== list.length) return undefined;
    node.items = [];
    for (let i = 0; i < list.length; i++) {
      const child = toNode(frame.children[i], list[i]);
      if (!child) return undefined;
      node.items.push(child);
    }
  }
  return node;
}

/**
 * The line of every node of a YAML stream that {@link fastLoadAll} reads, from a second
 * js-yaml pass that follows its loader's events; computed only for files a finding
 * points into. `undefined` (per document, or for the file) where the events do not
 * map one to one onto the values: the caller then asks the yaml package.
 */
export function fastLines(text: string): (LineNode | undefined)[] | undefined {
  const stack: Frame[] = [{ line: 1, kind: null, result: undefined, children: [] }];
  let values: unknown[];
  try {
    values = loadAll(text, null, {
      schema: FAST_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ line: state.line + 1, kind: null, result: undefined, children: [] });
          return;
        }
        const frame = stack.pop()!;
        frame.kind = (state as LoaderState).kind;
        frame.result = state.result;
        stack[stack.length - 1].children.push(frame);
      },
    });
  } catch {
    return undefined;
  }
  const roots = stack[0].children;
  if (roots.length !== values.length) return undefined;
  return roots.map((frame, i) => toNode(frame, values[i]));
}

/**
 * The 1-based line of the node at `path`, as the lint's `YamlDoc.line` finds it: of
 * its key for a mapping entry, of the item for a sequence entry; of the deepest
 * existing ancestor when the path is incomplete.
 */
export function lineAt(root: LineNode, path: readonly (string | number)[]): number {
  let node = root;
  let key: LineNode | undefined;
  for (const segment of path) {
    if (node.pairs) {
      const pair = node.pairs.get(segment);
      if (!pair) break;
      key = pair.key;
      node = pair.value;
    } else if (node.items && typeof segment === 'number' && node.items[segment]) {
      key = undefined;
      node = node.items[segment];
    } else break;
  }
  return (key ?? node).line;
}

/** Whether a node exists at `path` (a key with an empty value exists). */
export function hasAt(root: LineNode, path: readonly (string | number)[]): boolean {
  let node: LineNode | undefined = root;
  for (const segment of path) {
    if (node.pairs) node = node.pairs.get(segment)?.value;
    else if (node.items && typeof segment === 'number') node = node.items[segment];
    else return false;
    if (!node) return false;
  }
  return true;
}
