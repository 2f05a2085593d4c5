import { arrayAt, getIn } from '../../k8s';
import type { RepoIndex } from '../../repoIndex';
import { RawFinding } from '../../types';
import { at, filesUnder } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { privilegedUses } from './privileged';

/** The lines of a Makefile target's recipe, or `undefined` without the target. */
export function makeRecipe(text: string, target: string): string[] | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex(l => new RegExp(`^${target.replace(/[-.]/g, '\\$&')}\\s*:`).test(l));
  if (start < 0) return undefined;
  const recipe: string[] = [];
  for (let i = start + 1; i < lines.length && (lines[i].startsWith('\t') || lines[i].trim() === '' && lines[i + 1]?.startsWith('\t')); i++) recipe.push(lines[i]);
  return recipe;
}

/** Namespaces each Talos patch exempts from PodSecurity, and whether the Makefile applies it. */
export function talosExemptions(index: RepoIndex, o: { patchesDir: string; makefile: string; target: string }) {
  const makefile = index.tree.read(o.makefile);
  const recipe = makefile === undefined ? undefined : makeRecipe(makefile, o.target);
  return filesUnder(index, o.patchesDir).map(patch => {
    const namespaces = (index.parseFile(patch) ?? []).flatMap(d =>
      arrayAt(d.value, ['cluster', 'apiServer', 'admissionControl'])
        .filter(a => getIn(a, ['name']) === 'PodSecurity')
        .flatMap(a => arrayAt(a, ['configuration', 'exemptions', 'namespaces']))
        .filter((n): n is string => typeof n === 'string'),
    );
    const applied = !!recipe?.some(l => l.includes(`@${patch}`) || l.includes(` ${patch}`));
    return { patch, namespaces, applied };
  });
}

/** L19: privileged pods and device hostPaths only where a Talos patch the Makefile applies allows them. */
export const privilegedNamespace: FluxLvmRule = {
  ...doc(
    'privileged-namespace',
    'error',
    'L19',
    '"Creating of such pods is forbidden unless explicitly allowed in Talos config … Create the patch like this under talos/patches/<namespace>.patch, add it to gen-talos-config target in Makefile."',
  ),
  title: 'Privileged pods only in namespaces Talos exempts',
  description:
    "A workload with a privileged container or a hostPath under /dev (or Helm values setting privileged: true or such a hostPath) runs in a namespace that a patch in the Talos patches folder exempts from PodSecurity (cluster.apiServer.admissionControl[PodSecurity].configuration.exemptions.namespaces), and the Makefile's gen-talos-config target passes that patch (--config-patch @<patch>).",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const talos = options.talos;
    const exemptions = talosExemptions(index, talos);
    const hasMakefile = index.tree.read(talos.makefile) !== undefined;
    for (const use of privilegedUses(index)) {
      const ns = use.namespace ?? '(none)';
      const patches = exemptions.filter(e => e.namespaces.includes(ns));
      if (patches.some(p => p.applied)) continue;
      const subject = `${use.doc.label} runs privileged in namespace ${ns} (${use.what})`;
      if (patches.length) {
        const why = hasMakefile ? `the ${talos.target} target of ${talos.makefile} does not apply it` : `there is no ${talos.makefile} to apply it`;
        out.push(at(use.doc, use.path, `${subject}: ${patches[0].patch} exempts the namespace, but ${why}`, `Add '--config-patch @${patches[0].patch}' to the ${talos.target} target of ${talos.makefile}, then ask the operator to apply the Talos config.`));
      } else {
        out.push(at(use.doc, use.path, `${subject}, which no patch in ${talos.patchesDir}/ exempts from PodSecurity`, `Add ${talos.patchesDir}/${ns}.patch exempting namespace ${ns}, pass it in the ${talos.target} target of ${talos.makefile}, and ask the operator to apply the Talos config; or drop the privileges.`));
      }
    }
    return out;
  },
};
