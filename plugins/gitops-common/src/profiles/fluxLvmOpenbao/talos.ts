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

/** One shell command of a recipe: its lines (joined by trailing backslashes). */
interface RecipeCommand {
  /** Index of its first line in the file. */
  start: number;
  lines: string[];
}

function commandsOf(lines: string[], start: number, end: number): RecipeCommand[] {
  const commands: RecipeCommand[] = [];
  let current: RecipeCommand | undefined;
  for (let i = start; i < end; i++) {
    if (!current) commands.push((current = { start: i, lines: [] }));
    current.lines.push(lines[i]);
    if (!lines[i].trimEnd().endsWith('\\')) current = undefined;
  }
  return commands;
}

/** Whether a command is a `talosctl gen config` that writes the control-plane machine config. */
function writesControlPlane(command: RecipeCommand): boolean {
  const text = command.lines.join(' ');
  if (!/talosctl\s+gen\s+config\b/.test(text)) return false;
  const types = text.match(/--output-types[=\s]+([\w,]+)/);
  return !types || types[1].split(',').includes('controlplane');
}

const CONTROL_PLANE_PATCH = /--config-patch-control-plane[=\s]/;
const ANY_NODE_PATCH = /--config-patch[=\s]/;

/**
 * Adds the patch `patch` to the `talosctl gen config` command of `target` in a Makefile
 * that writes the control-plane config: a PodSecurity exemption is API server
 * configuration, which only control-plane nodes read. A target with separate
 * control-plane and worker commands gets it in the control-plane one. The flag follows
 * the command's own: `--config-patch-control-plane` where the command uses it, else
 * `--config-patch`; the line goes after the command's last patch, with its indentation.
 * Line-based: a Makefile is not YAML, and this edits one line of one target.
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
  if (lines.slice(start + 1, end).some(l => l.includes(`@${patch}`))) return text;
  const command = commandsOf(lines, start + 1, end).find(writesControlPlane);
  if (!command) {
    throw new InputError(
      `${makefilePath}: no talosctl gen config command of the ${target} target writes the control-plane config; add @${patch} by hand where it is generated`,
    );
  }
  const flag = command.lines.some(l => CONTROL_PLANE_PATCH.test(l)) ? '--config-patch-control-plane' : '--config-patch';
  const pattern = flag === '--config-patch' ? ANY_NODE_PATCH : CONTROL_PLANE_PATCH;
  const last = command.lines.map((l, i) => ({ l, i })).filter(({ l }) => pattern.test(l)).pop();
  if (!last) {
    throw new InputError(
      `${makefilePath}: the ${target} target passes no --config-patch to the command that writes the control-plane config; add @${patch} by hand`,
    );
  }
  const at = command.start + last.i;
  const indent = last.l.match(/^\s*/)![0];
  if (last.l.trimEnd().endsWith('\\')) {
    lines.splice(at + 1, 0, `${indent}${flag} @${patch} \\`);
  } else {
    lines[at] = `${last.l.trimEnd()} \\`;
    lines.splice(at + 1, 0, `${indent}${flag} @${patch}`);
  }
  return lines.join('\n');
}

/**
 * Removes every `--config-patch… @patch` line from a Makefile: the inverse of
 * {@link addConfigPatchToMakefile}. A removed line that ended its command takes the
 * continuation backslash off the line before it. Line-based, as the add is.
 */
export function removeConfigPatchFromMakefile(text: string, patch: string): { text: string; removed: string[] } {
  const escaped = patch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flag = new RegExp(`[ \\t]*--config-patch(-control-plane|-worker)?[=\\s]+@${escaped}(?=\\s|$)`);
  const removed: string[] = [];
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const match = line.match(flag);
    if (!match) {
      out.push(line);
      continue;
    }
    removed.push(match[0].trim());
    const rest = line.replace(flag, '');
    if (!/^\s*\\?\s*$/.test(rest)) {
      // A command on one line: it keeps its other words.
      out.push(rest);
    } else if (!line.trimEnd().endsWith('\\') && out.length) {
      // The line ended its command: so does the line before it now.
      out[out.length - 1] = out[out.length - 1].replace(/[ \t]*\\$/, '');
    }
  }
  return { text: out.join('\n'), removed };
}
