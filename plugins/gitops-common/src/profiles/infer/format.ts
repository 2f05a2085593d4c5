import { Document, isMap, isScalar, YAMLMap } from 'yaml';
import { ProfileInference } from './types';

const SHOWN = 8;

function evidenceText(evidence: string[], of: number): string {
  if (!evidence.length) return `no app shows it (${of} asked)`;
  const list = evidence.slice(0, SHOWN).join(', ');
  const more = evidence.length > SHOWN ? ` and ${evidence.length - SHOWN} more` : '';
  return `from ${list}${more} (${evidence.length} of ${of})`;
}

/**
 * The inferred profile as YAML: each field with a comment naming the apps it came from,
 * and what could not be decided above the document. Ready to save as
 * `.homeport/profile.yaml`.
 */
export function formatInference(inference: ProfileInference): string {
  if (!inference.document) {
    return `# Homeport could not infer a profile.\n# ${inference.reason ?? ''}\n`;
  }
  const doc = new Document(inference.document, { aliasDuplicateObjects: false });
  for (const field of inference.fields) {
    const path = ['spec', ...field.field.split('.')];
    const parent = doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) continue;
    const pair = (parent as YAMLMap).items.find(p => isScalar(p.key) && p.key.value === path[path.length - 1]);
    if (!pair || !isScalar(pair.key)) continue;
    const others = field.others?.length
      ? `; also seen: ${field.others.map(o => `${JSON.stringify(o.value)} (${o.evidence.slice(0, 3).join(', ')}${o.evidence.length > 3 ? ', ...' : ''})`).join(', ')}`
      : '';
    pair.key.commentBefore = ` ${evidenceText(field.evidence, field.of)}${others}`;
  }
  const header = [
    ' Inferred by `homeport profile infer`: review, then save as .homeport/profile.yaml.',
    ...inference.undecided.map(u => ` Not decided: ${u.field}: ${u.reason}`),
  ];
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
