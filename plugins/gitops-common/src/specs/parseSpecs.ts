import { InputError } from '@backstage/errors';
import { parseAllDocuments } from 'yaml';
import { crossFieldIssues } from './checks';
import { fieldWords } from './fieldWords';
import { WorkloadSpec, workloadSpec } from './spec';

/** Issues of one spec: the field in words (as the forms title it), then what is wrong. */
function formatIssues(issues: readonly { path: (string | number)[]; message: string }[], where: string): string {
  return issues.map(issue => `${where}${fieldWords(issue.path)}: ${issue.message}`).join('; ');
}

const KIND_WORDS: Record<string, string> = {
  app: 'app',
  gpu: 'GPU workload',
  postgres: 'database',
  redis: 'cache',
  secret: 'secret',
  http: 'HTTP exposure',
  tcp: 'TCP/UDP exposure',
  volume: 'volume',
};

/** Which spec: `the app (spec 1), `. */
function whereOf(raw: unknown, index: number): string {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  const what = typeof kind === 'string' && KIND_WORDS[kind] ? `the ${KIND_WORDS[kind]}` : 'the spec';
  return `${what} (spec ${index + 1}), `;
}

/**
 * Validates specs given as objects. Throws an `InputError` naming every bad field in
 * words, as the template forms title it (`Invalid spec: Tag: tag 'latest' is
 * mutable...`), and with several specs which spec it is.
 *
 * @public
 */
export function validateSpecs(input: unknown[]): WorkloadSpec[] {
  const failed: { raw: unknown; index: number; issues: { path: (string | number)[]; message: string }[] }[] = [];
  const specs: WorkloadSpec[] = [];
  input.forEach((raw, index) => {
    const result = workloadSpec.safeParse(raw);
    const issues = result.success ? crossFieldIssues(result.data) : result.error.issues;
    if (issues.length) failed.push({ raw, index, issues });
    else if (result.success) specs.push(result.data);
  });
  if (failed.length) {
    // Which spec, only when several are wrong: one wrong spec reads as its fields alone.
    const problems = failed.map(f => formatIssues(f.issues, failed.length > 1 ? whereOf(f.raw, f.index) : ''));
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
