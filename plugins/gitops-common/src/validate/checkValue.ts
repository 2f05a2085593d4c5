import { checkFormat } from './formats';
import { checkLabelValue, checkQualifiedName } from './names';
import { childPath, indexPath } from './paths';
import { isValidQuantity, quantityMessage } from './quantity';
import { JsonType, SchemaNode } from './schemaNode';
import { ValidationIssue } from './types';

const MAX_ANNOTATIONS_BYTES = 256 * 1024;

type ValueType = JsonType | 'null';

function typeOf(value: unknown): ValueType | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'object':
      return 'object';
    default:
      return undefined; // undefined, functions, bigint, symbols: not JSON
  }
}

function typeMatches(types: JsonType[], actual: ValueType): boolean {
  return (
    types.includes(actual as JsonType) ||
    (actual === 'integer' && types.includes('number'))
  );
}

function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function sameValue(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (typeof a === 'object' &&
      typeof b === 'object' &&
      JSON.stringify(a) === JSON.stringify(b))
  );
}

/** Short description of a value-validation branch, for anyOf/oneOf/not messages. */
function describe(node: SchemaNode): string {
  const parts: string[] = [];
  if (node.required?.length)
    parts.push(node.required.map(r => JSON.stringify(r)).join(' and '));
  if (node.format) parts.push(`format ${node.format}`);
  if (node.types) parts.push(node.types.join(' or '));
  if (node.enum) parts.push(`one of ${node.enum.map(show).join(', ')}`);
  if (node.properties)
    parts.push(`{${[...node.properties.keys()].join(', ')}}`);
  return parts.join(', ') || 'a schema';
}

function onlyRequired(nodes: SchemaNode[]): boolean {
  return nodes.every(
    n =>
      n.required?.length &&
      Object.keys(n).every(
        k => k === 'required' || k === 'additionalProperties',
      ),
  );
}

/** Validates `value` against `node`, appending issues. */
export function checkValue(
  node: SchemaNode,
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  const v = value instanceof Date ? value.toISOString() : value;
  const actual = typeOf(v);
  const add = (message: string, at = path) =>
    issues.push({ path: at, message });

  if (actual === undefined) {
    add(
      `must be ${node.types?.join(' or ') ?? 'a JSON value'}, got ${typeof v}`,
    );
    return;
  }
  if (actual === 'null') {
    if (!node.nullable && node.types)
      add(`must be ${node.types.join(' or ')}, got null`);
    return;
  }
  if (node.types && !typeMatches(node.types, actual)) {
    add(`must be ${node.types.join(' or ')}, got ${actual}`);
    return;
  }
  if (node.enum && !node.enum.some(e => sameValue(e, v))) {
    add(
      `unsupported value ${show(v)}; must be one of ${node.enum
        .map(show)
        .join(', ')}`,
    );
  }
  if (node.quantity && !isValidQuantity(v)) {
    add(quantityMessage(v));
  }
  if (node.format) {
    const msg = checkFormat(node.format, v);
    if (msg) add(msg);
  }
  switch (actual) {
    case 'string':
      checkString(node, v as string, add);
      break;
    case 'integer':
    case 'number':
      checkNumber(node, v as number, add);
      break;
    case 'array':
      checkArray(node, v as unknown[], path, issues);
      break;
    case 'object':
      checkObject(node, v as Record<string, unknown>, path, issues);
      break;
    default:
  }
  checkCombinators(node, v, path, issues);
}

function checkString(node: SchemaNode, s: string, add: (m: string) => void) {
  if (node.minLength !== undefined || node.maxLength !== undefined) {
    const length = [...s].length;
    if (node.minLength !== undefined && length < node.minLength) {
      add(
        node.minLength === 1
          ? 'must not be empty'
          : `must be at least ${node.minLength} characters long`,
      );
    }
    if (node.maxLength !== undefined && length > node.maxLength) {
      add(`must be at most ${node.maxLength} characters long (got ${length})`);
    }
  }
  if (node.pattern && !node.pattern.re.test(s)) {
    add(`${show(s)} does not match pattern ${node.pattern.source}`);
  }
}

function checkNumber(node: SchemaNode, n: number, add: (m: string) => void) {
  if (
    node.minimum !== undefined &&
    (node.exclusiveMinimum ? n <= node.minimum : n < node.minimum)
  ) {
    add(
      `must be ${node.exclusiveMinimum ? 'greater than' : 'at least'} ${
        node.minimum
      } (got ${n})`,
    );
  }
  if (
    node.maximum !== undefined &&
    (node.exclusiveMaximum ? n >= node.maximum : n > node.maximum)
  ) {
    add(
      `must be ${node.exclusiveMaximum ? 'less than' : 'at most'} ${
        node.maximum
      } (got ${n})`,
    );
  }
  if (
    node.multipleOf !== undefined &&
    node.multipleOf > 0 &&
    !Number.isInteger(n / node.multipleOf)
  ) {
    add(`must be a multiple of ${node.multipleOf}`);
  }
}

function checkArray(
  node: SchemaNode,
  list: unknown[],
  path: string,
  issues: ValidationIssue[],
) {
  if (node.minItems !== undefined && list.length < node.minItems) {
    issues.push({
      path,
      message: `must have at least ${node.minItems} item${
        node.minItems === 1 ? '' : 's'
      }`,
    });
  }
  if (node.maxItems !== undefined && list.length > node.maxItems) {
    issues.push({
      path,
      message: `must have at most ${node.maxItems} items (got ${list.length})`,
    });
  }
  if (node.items) {
    list.forEach((item, i) =>
      checkValue(node.items!, item, indexPath(path, i), issues),
    );
  }
  if (node.uniqueItems || node.listType === 'set') {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const key = JSON.stringify(item);
      if (seen.has(key))
        issues.push({
          path: indexPath(path, i),
          message: `duplicate entry ${show(item)}`,
        });
      seen.add(key);
    });
  }
  if (node.listType === 'map' && node.listMapKeys?.length) {
    checkListMapKeys(node, list, path, issues);
  }
}

function checkListMapKeys(
  node: SchemaNode,
  list: unknown[],
  path: string,
  issues: ValidationIssue[],
) {
  const keys = node.listMapKeys!;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return;
    const values: unknown[] = [];
    for (const k of keys) {
      const value =
        (item as Record<string, unknown>)[k] ??
        node.items?.properties?.get(k)?.default;
      if (value === undefined) return; // reported as a missing required field if it is one
      values.push(value);
    }
    const id = JSON.stringify(values);
    if (seen.has(id)) {
      const desc = keys.map((k, j) => `${k} ${show(values[j])}`).join(', ');
      issues.push({
        path: indexPath(path, i),
        message: `duplicate entry with ${desc}`,
      });
    }
    seen.add(id);
  });
}

function checkObject(
  node: SchemaNode,
  obj: Record<string, unknown>,
  path: string,
  issues: ValidationIssue[],
) {
  const keys = Object.keys(obj);
  if (node.minProperties !== undefined && keys.length < node.minProperties) {
    issues.push({
      path,
      message: `must have at least ${node.minProperties} field${
        node.minProperties === 1 ? '' : 's'
      }`,
    });
  }
  if (node.maxProperties !== undefined && keys.length > node.maxProperties) {
    issues.push({
      path,
      message: `must have at most ${node.maxProperties} fields (got ${keys.length})`,
    });
  }
  for (const key of keys) {
    const at = childPath(path, key);
    const prop = node.properties?.get(key);
    if (prop) {
      checkValue(prop, obj[key], at, issues);
    } else if (node.additionalProperties === false) {
      issues.push({
        path: at,
        message: `unknown field ${JSON.stringify(key)}`,
      });
    } else if (node.additionalProperties !== true) {
      checkValue(node.additionalProperties, obj[key], at, issues);
    }
  }
  for (const req of node.required ?? []) {
    if (!Object.prototype.hasOwnProperty.call(obj, req)) {
      issues.push({
        path: childPath(path, req),
        message: `missing required field ${JSON.stringify(req)}`,
      });
    }
  }
  if (node.objectMeta) checkLabelsAndAnnotations(obj, path, issues);
}

function checkLabelsAndAnnotations(
  meta: Record<string, unknown>,
  path: string,
  issues: ValidationIssue[],
) {
  const labels = meta.labels;
  if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
    for (const [k, v] of Object.entries(labels)) {
      const at = childPath(childPath(path, 'labels'), k);
      const keyMsg = checkQualifiedName(k);
      if (keyMsg) issues.push({ path: at, message: `invalid label ${keyMsg}` });
      if (typeof v === 'string') {
        const valueMsg = checkLabelValue(v);
        if (valueMsg) issues.push({ path: at, message: valueMsg });
      }
    }
  }
  const annotations = meta.annotations;
  if (
    annotations &&
    typeof annotations === 'object' &&
    !Array.isArray(annotations)
  ) {
    let size = 0;
    for (const [k, v] of Object.entries(annotations)) {
      const keyMsg = checkQualifiedName(k.toLowerCase());
      if (keyMsg)
        issues.push({
          path: childPath(childPath(path, 'annotations'), k),
          message: `invalid annotation ${keyMsg}`,
        });
      size +=
        Buffer.byteLength(k) +
        (typeof v === 'string' ? Buffer.byteLength(v) : 0);
    }
    if (size > MAX_ANNOTATIONS_BYTES) {
      issues.push({
        path: childPath(path, 'annotations'),
        message: `annotations are too long (${size} bytes, at most ${MAX_ANNOTATIONS_BYTES})`,
      });
    }
  }
}

function passes(node: SchemaNode, value: unknown, path: string): boolean {
  const scratch: ValidationIssue[] = [];
  checkValue(node, value, path, scratch);
  return scratch.length === 0;
}

function checkCombinators(
  node: SchemaNode,
  value: unknown,
  path: string,
  issues: ValidationIssue[],
) {
  for (const sub of node.allOf ?? []) checkValue(sub, value, path, issues);
  if (node.anyOf && !node.anyOf.some(b => passes(b, value, path))) {
    issues.push({
      path,
      message: `must match at least one of: ${node.anyOf
        .map(describe)
        .join('; ')}`,
    });
  }
  if (node.oneOf) {
    const matched = node.oneOf.filter(b => passes(b, value, path)).length;
    if (matched !== 1) {
      const what = onlyRequired(node.oneOf)
        ? `must set exactly one of ${node.oneOf
            .map(b => b.required!.map(r => JSON.stringify(r)).join(' and '))
            .join(', ')}`
        : `must match exactly one of: ${node.oneOf.map(describe).join('; ')}`;
      issues.push({ path, message: `${what} (matched ${matched})` });
    }
  }
  if (node.not && passes(node.not, value, path)) {
    const fields = node.not.required?.map(r => JSON.stringify(r)) ?? [];
    let what = `must not match ${describe(node.not)}`;
    if (onlyRequired([node.not])) {
      what =
        fields.length === 2
          ? `must not set both ${fields[0]} and ${fields[1]}`
          : `must not set all of ${fields.join(', ')}`;
    }
    issues.push({ path, message: what });
  }
}
