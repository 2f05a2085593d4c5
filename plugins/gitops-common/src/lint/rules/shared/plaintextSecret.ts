import { isRecord } from '../../k8s';
import { RawFinding, Rule, RuleDoc } from '../../types';
import { at } from '../helpers';

/** Secrets with values in Git (not SOPS-encrypted), in the folders `inScope` accepts. */
export function plaintextSecretRule<O>(
  doc: Omit<RuleDoc, 'title'>,
  inScope: (file: string, options: O) => boolean,
  fix: string,
): Rule<O> {
  return {
    ...doc,
    title: 'No plaintext Secrets in Git',
    check: ({ index, options }) => {
      const out: RawFinding[] = [];
      for (const d of index.objects('Secret')) {
        if (d.sops || !inScope(d.file, options) || !isRecord(d.value)) continue;
        const field = ['data', 'stringData'].find(f => isRecord((d.value as Record<string, unknown>)[f]) && Object.keys((d.value as Record<string, Record<string, unknown>>)[f]).length);
        if (!field) continue;
        out.push(at(d, [field], `Secret ${d.name ?? ''} keeps its values in Git (${field}, not encrypted)`, fix));
      }
      return out;
    },
  };
}
