import { Understanding } from '@homeport/plugin-gitops-common';

/** `homeport discover`'s exit code when nothing in the folder was understood as a service. */
export const NOT_UNDERSTOOD_EXIT_CODE = 3;

function found(u: Understanding): string {
  return u.found.map(f => `${f.count} ${f.entryPoint}`).join(', ');
}

/**
 * The "understood" section of `homeport discover`: the entry points found, what was
 * found but not read (one line each), and, when nothing was understood, the entry
 * points looked for. Empty when everything found was read.
 */
export function formatUnderstanding(u: Understanding): string {
  if (u.status === 'understood') return '';
  const lines: string[] = [];
  if (u.status === 'not-understood') {
    lines.push('Not understood: no service found in this folder.');
    lines.push(`  found: ${found(u) || 'no entry point'}`);
    lines.push(`  looked for: ${(u.notFound ?? []).join(', ')}`);
  } else {
    lines.push(
      'Partly understood: some of what this folder holds is not read.',
    );
    lines.push(`  found: ${found(u)}`);
  }
  for (const n of u.notUnderstood)
    lines.push(`  not read: ${n.path}: ${n.why}`);
  return `${lines.join('\n')}\n`;
}
