import { InputError } from '@backstage/errors';

/**
 * The Talos machine-config patch that exempts `namespace` from PodSecurity admission,
 * as seed 000's "Privileged apps" shows it.
 */
export function podSecurityExemptionPatch(namespace: string) {
  return {
    cluster: {
      apiServer: {
        admissionControl: [
          {
            name: 'PodSecurity',
            configuration: {
              apiVersion: 'pod-security.admission.config.k8s.io/v1beta1',
              kind: 'PodSecurityConfiguration',
              exemptions: { namespaces: [namespace] },
            },
          },
        ],
      },
    },
  };
}

/**
 * Adds `--config-patch @<patch>` to the recipe of `target` in a Makefile, after the
 * recipe's last `--config-patch` line and with its indentation. Line-based: a Makefile
 * is not YAML, and this edits one line of one target.
 */
export function addConfigPatchToMakefile(
  makefilePath: string,
  text: string,
  target: string,
  patch: string,
): string {
  const lines = text.split('\n');
  const start = lines.findIndex(l => l.startsWith(`${target}:`));
  if (start < 0) {
    throw new InputError(`${makefilePath} has no ${target} target to add ${patch} to`);
  }
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith('\t')) end++;
  const recipe = lines.slice(start + 1, end);
  if (recipe.some(l => l.includes(`@${patch}`))) return text;
  const last = recipe.map((l, i) => ({ l, i })).filter(({ l }) => l.includes('--config-patch')).pop();
  if (!last) {
    throw new InputError(
      `${makefilePath}: the ${target} target passes no --config-patch; add @${patch} by hand`,
    );
  }
  const at = start + 1 + last.i;
  const indent = last.l.match(/^\s*/)![0];
  if (last.l.trimEnd().endsWith('\\')) {
    lines.splice(at + 1, 0, `${indent}--config-patch @${patch} \\`);
  } else {
    lines[at] = `${last.l.trimEnd()} \\`;
    lines.splice(at + 1, 0, `${indent}--config-patch @${patch}`);
  }
  return lines.join('\n');
}
