import { Document, isSeq, YAMLSeq } from 'yaml';
import { YamlObject } from '../../yaml/documents';

/**
 * One change to a HelmRelease's values, applied the same way to a new release (plain
 * data) and to an existing one (the `yaml` document, comments kept): `set` a value at a
 * path, or `append` an item to the list at a path (created when absent).
 */
export interface ValueOp {
  op: 'set' | 'append';
  path: string[];
  value: unknown;
}

export const set = (path: string[], value: unknown): ValueOp => ({ op: 'set', path, value });
export const append = (path: string[], value: unknown): ValueOp => ({ op: 'append', path, value });

function child(parent: YamlObject, key: string): YamlObject {
  const existing = parent[key];
  if (existing && typeof existing === 'object' && !Array.isArray(existing)) return existing as YamlObject;
  const created: YamlObject = {};
  parent[key] = created;
  return created;
}

/** Applies the ops to plain values (a release being created). */
export function applyToObject(values: YamlObject, ops: ValueOp[]): YamlObject {
  for (const { op, path, value } of ops) {
    const parent = path.slice(0, -1).reduce(child, values);
    const key = path[path.length - 1];
    if (op === 'set') parent[key] = value;
    else {
      const list = Array.isArray(parent[key]) ? (parent[key] as unknown[]) : [];
      list.push(value);
      parent[key] = list;
    }
  }
  return values;
}

/**
 * Applies the ops to the values of an existing release's document, under `base`
 * (`['spec', 'values']`). A `set` never overwrites what is there: it is a conflict the
 * caller names.
 */
export function applyToDocument(doc: Document, base: string[], ops: ValueOp[], file: string): void {
  for (const { op, path, value } of ops) {
    const full = [...base, ...path];
    const current = doc.getIn(full, true);
    if (op === 'set') {
      if (current !== undefined && current !== null) {
        throw new Error(`${file} already sets ${full.join('.')}`);
      }
      doc.setIn(full, doc.createNode(value));
    } else if (current === undefined || current === null) {
      doc.setIn(full, doc.createNode([value]));
    } else if (isSeq(current)) {
      (current as YAMLSeq).add(doc.createNode(value));
    } else {
      throw new Error(`${file}: ${full.join('.')} is not a list`);
    }
  }
}

