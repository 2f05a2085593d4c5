import { loadAll, State } from 'js-yaml';
import { FAST_SCHEMA } from './fastLoad';

/** A node as js-yaml's loader opened and closed it, with the line it starts on. */
interface Frame {
  line: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** A document's root node as the loader read it, and the document's value. */
export interface LineNode {
  frame: Frame;
  value: unknown;
}

type LoaderState = State & { depth: number };

/**
 * The frame a value was read in. A node the loader read while trying another reading (a
 * flow collection as a sequence item) is the only child of the node it became.
 */
function unwrap(outer: Frame): Frame {
  let frame = outer;
  while (frame.children.length === 1 && frame.kind !== 'scalar' && frame.children[0].result === frame.result)
    frame = frame.children[0];
  return frame;
}

/**
 * The child of `node` at `segment`, with the key's line for a mapping entry; `undefined`
 * when there is none, `null` when the frames do not map one to one onto the value (then
 * only the yaml package can tell).
 */
function childAt(node: LineNode, segment: string | number): { node: LineNode; keyLine?: number } | undefined | null {
  const frame = unwrap(node.frame);
  if (frame.kind === 'mapping') {
    // Key and value frames alternate, and the loader's last attempt at a key (before a
    // `---`) opens an empty frame; anything else (a flow key without a value) is left
    // to the yaml package.
    const children = frame.children;
    let count = children.length;
    if (count % 2 !== 0 && children[count - 1].kind === null) count--;
    const record = node.value as Record<string, unknown>;
    if (count % 2 !== 0 || count / 2 !== Object.keys(record).length) return null;
    let found: number | undefined;
    for (let i = 0; i < count; i += 2) {
      const key = children[i].result;
      if (typeof key === 'object') return null;
      if (key === segment) found = i;
    }
    if (found === undefined) return undefined;
    return { node: { frame: children[found + 1], value: record[String(segment)] }, keyLine: children[found].line };
  }
  if (frame.kind === 'sequence') {
    const list = node.value as unknown[];
    if (frame.children.length !== list.length) return null;
    if (typeof segment !== 'number' || segment >= list.length) return undefined;
    return { node: { frame: frame.children[segment], value: list[segment] } };
  }
  return undefined;
}

/**
 * The line of every node of a YAML stream that {@link fastLoadAll} reads, from a second
 * js-yaml pass that follows its loader's events (only for files a finding points into).
 * Each document's nodes are matched with its values along the paths asked (see
 * {@link lineAt}), not all at once. `undefined` where the events do not map one to one
 * onto the documents: the caller then asks the yaml package.
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
  return roots.map((frame, i) => ({ frame, value: values[i] }));
}

/**
 * The 1-based line of the node at `path`, as the lint's `YamlDoc.line` finds it: of
 * its key for a mapping entry, of the item for a sequence entry; of the deepest
 * existing ancestor when the path is incomplete. `undefined` where the loader's frames
 * do not map one to one onto the values along the path.
 */
export function lineAt(root: LineNode, path: readonly (string | number)[]): number | undefined {
  let node = root;
  let keyLine: number | undefined;
  for (const segment of path) {
    const child = childAt(node, segment);
    if (child === null) return undefined;
    if (!child) break;
    keyLine = child.keyLine;
    node = child.node;
  }
  return keyLine ?? unwrap(node.frame).line;
}

/** Whether a node exists at `path` (a key with an empty value exists); `undefined` as {@link lineAt}. */
export function hasAt(root: LineNode, path: readonly (string | number)[]): boolean | undefined {
  let node = root;
  for (const segment of path) {
    const child = childAt(node, segment);
    if (child === null) return undefined;
    if (!child) return false;
    node = child.node;
  }
  return true;
}
