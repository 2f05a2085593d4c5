import { checkValue } from './checkValue';
import { checkRootMetadata } from './objectMeta';
import { SchemaRegistry } from './schemaRegistry';
import { ValidationIssue } from './types';

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Validates one object: apiVersion/kind lookup, schema walk, root metadata rules. */
export function validateObject(
  registry: SchemaRegistry,
  obj: unknown,
): ValidationIssue[] {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return [{ path: '', message: `must be object, got ${describeType(obj)}` }];
  }
  const { apiVersion, kind } = obj as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const [field, value] of [
    ['apiVersion', apiVersion],
    ['kind', kind],
  ] as const) {
    if (value === undefined)
      issues.push({
        path: field,
        message: `missing required field "${field}"`,
      });
    else if (typeof value !== 'string')
      issues.push({
        path: field,
        message: `must be string, got ${describeType(value)}`,
      });
    else if (value === '')
      issues.push({ path: field, message: 'must not be empty' });
  }
  if (issues.length > 0) return issues;

  const found = registry.lookup(apiVersion as string, kind as string);
  if (!found.ok) return [{ path: '', message: found.message }];
  checkValue(found.root, obj, '', issues);
  checkRootMetadata(
    (obj as Record<string, unknown>).metadata,
    found.group,
    found.kind,
    issues,
  );
  const seen = new Set<string>();
  return issues.filter(issue => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
