import { InputError } from '@backstage/errors';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { crossFieldIssues } from './checks';
import { WorkloadSpec, workloadSpec } from './spec';

function formatIssues(error: z.ZodError, where: string): string {
  return error.issues
    .map(issue => {
      const at = issue.path.length ? issue.path.join('.') : '(spec)';
      return `${where}${at}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Validates specs given as objects. Throws an `InputError` naming every bad field as
 * `specs[i].field: message`.
 *
 * @public
 */
export function validateSpecs(input: unknown[]): WorkloadSpec[] {
  const problems: string[] = [];
  const specs: WorkloadSpec[] = [];
  input.forEach((raw, index) => {
    const result = workloadSpec.safeParse(raw);
    if (!result.success) {
      problems.push(formatIssues(result.error, `specs[${index}].`));
      return;
    }
    const issues = crossFieldIssues(result.data);
    if (issues.length) {
      problems.push(issues.map(i => `specs[${index}].${i.path.join('.')}: ${i.message}`).join('; '));
    } else specs.push(result.data);
  });
  if (problems.length) {
    throw new InputError(`Invalid spec: ${problems.join('; ')}`);
  }
  if (specs.length === 0) {
    throw new InputError('Invalid spec: no spec given');
  }
  return specs;
}

/**
 * Reads a spec file: one spec, a list of specs, `{ specs: [...] }`, or several YAML
 * documents of any of these.
 *
 * @public
 */
export function parseSpecs(text: string): WorkloadSpec[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  const items: unknown[] = [];
  for (const doc of docs) {
    if ('errors' in doc && doc.errors.length) {
      throw new InputError(`Invalid spec file: ${doc.errors[0].message}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) items.push(...value);
    else if (typeof value === 'object' && Array.isArray((value as { specs?: unknown }).specs)) {
      items.push(...(value as { specs: unknown[] }).specs);
    } else items.push(value);
  }
  return validateSpecs(items);
}
