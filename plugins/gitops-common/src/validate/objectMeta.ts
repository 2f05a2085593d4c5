import { checkDns1123Label, checkName, nameRuleFor } from './names';
import { ValidationIssue } from './types';

/**
 * Checks of the root `metadata` the schemas cannot express: a name is required (unless
 * generateName is set) and must follow the kind's naming rule; the namespace is a DNS-1123 label.
 * Field types, unknown fields, labels and annotations are checked through the ObjectMeta schema.
 */
export function checkRootMetadata(
  metadata: unknown,
  group: string,
  kind: string,
  issues: ValidationIssue[],
): void {
  if (metadata === undefined) {
    issues.push({
      path: 'metadata',
      message: 'missing required field "metadata"',
    });
    return;
  }
  if (
    typeof metadata !== 'object' ||
    metadata === null ||
    Array.isArray(metadata)
  )
    return; // type issue already reported
  const { name, generateName, namespace } = metadata as Record<string, unknown>;
  if (name === undefined && generateName === undefined) {
    issues.push({
      path: 'metadata.name',
      message: 'missing required field "name"',
    });
  }
  if (typeof name === 'string') {
    const message = checkName(nameRuleFor(group, kind), name);
    if (message) issues.push({ path: 'metadata.name', message });
  }
  if (typeof namespace === 'string') {
    const message = checkDns1123Label(namespace);
    if (message) issues.push({ path: 'metadata.namespace', message });
  }
}
