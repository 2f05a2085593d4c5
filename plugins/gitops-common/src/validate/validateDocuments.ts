import { parseAllDocuments } from 'yaml';
import { DocumentValidationResult, ValidationIssue } from './types';
import { findYaml11Booleans } from './yamlBooleans';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * Parses multi-document YAML (YAML 1.2, duplicate keys are errors as in strict API decoding) and
 * validates every non-empty document with `validate`. Unquoted YAML 1.1 booleans (`yes`, `off`, …)
 * are reported too: kubectl reads them as booleans, this parser as strings.
 */
export function validateDocuments(
  validate: (obj: unknown) => ValidationIssue[],
  yamlText: string,
): DocumentValidationResult[] {
  const results: DocumentValidationResult[] = [];
  parseAllDocuments(yamlText, { uniqueKeys: true }).forEach((doc, index) => {
    if (doc.errors.length > 0) {
      results.push({
        index,
        issues: doc.errors.map(e => ({
          path: '',
          message: `invalid YAML: ${e.message}`,
        })),
      });
      return;
    }
    let obj: unknown;
    try {
      obj = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      results.push({
        index,
        issues: [
          {
            path: '',
            message: `invalid YAML: ${
              e instanceof Error ? e.message : String(e)
            }`,
          },
        ],
      });
      return;
    }
    if (obj === null || obj === undefined) return; // empty document, e.g. `---` followed by `---`
    const record =
      typeof obj === 'object' && obj !== null
        ? (obj as Record<string, any>)
        : {};
    const meta =
      typeof record.metadata === 'object' && record.metadata !== null
        ? record.metadata
        : {};
    results.push({
      index,
      apiVersion: str(record.apiVersion),
      kind: str(record.kind),
      name: str(meta.name),
      namespace: str(meta.namespace),
      issues: [...findYaml11Booleans(doc), ...validate(obj)],
    });
  });
  return results;
}
