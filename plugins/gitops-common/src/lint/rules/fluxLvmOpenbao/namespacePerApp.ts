import { KUSTOMIZATION_FILES } from '../../kustomize';
import type { YamlDoc } from '../../repoIndex';
import { RawFinding } from '../../types';
import { at, atFile, filesUnder, objectsUnder } from '../helpers';
import { doc, FluxLvmRule } from './common';

/**
 * L03: one Namespace per app, in the app folder; every namespaced object of the app in
 * it; no two apps in one namespace.
 */
export const namespacePerApp: FluxLvmRule = {
  ...doc(
    'namespace-per-app',
    'error',
    'L03',
    '"Each app kustomization should have its own kubernetes namespace to contain all resources related to app in namespace.yaml."',
  ),
  title: 'One namespace per app',
  description:
    "Each app folder defines exactly one Namespace (namespace.yaml); every namespaced object of the folder lands in it (LVMVolumes excepted: they live in the LVM namespace, 'openebs' by default); no two app folders use the same namespace. Without a Namespace object the app's namespace is the one most of its objects use.",
  check: ({ index, options, apps }) => {
    const out: RawFinding[] = [];
    const owners = new Map<string, string>();
    for (const { app, folder } of apps) {
      const objects = objectsUnder(index, folder);
      if (!objects.length) continue;
      const namespaces = objects.filter(d => d.kind === 'Namespace');
      const anchor = KUSTOMIZATION_FILES.map(f => `${folder}/${f}`).find(f => index.tree.read(f) !== undefined) ?? filesUnder(index, folder)[0];
      let namespace = namespaces[0]?.name;
      if (!namespaces.length) {
        out.push(
          atFile(
            anchor,
            `App ${app} defines no Namespace: ${folder}/namespace.yaml is missing`,
            `Add ${folder}/namespace.yaml with a Namespace for the app and list it first in the app's kustomization.`,
          ),
        );
        const counts = new Map<string, number>();
        for (const d of objects) {
          const ns = index.namespaceOf(d);
          if (ns && !(d.kind === 'LVMVolume' && ns === options.lvmNamespace)) counts.set(ns, (counts.get(ns) ?? 0) + 1);
        }
        namespace = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
      }
      for (const extra of namespaces.slice(1)) {
        out.push(
          at(
            extra,
            ['metadata', 'name'],
            `App ${app} defines a second Namespace ${extra.name} (the first is ${namespaces[0].name}, ${namespaces[0].file})`,
            'Keep one Namespace per app; move the other objects into it or into an app of their own.',
          ),
        );
      }
      if (!namespace) continue;
      const objectsOutside = (d: YamlDoc) => {
        if (!d.namespaced || (d.kind === 'LVMVolume' && index.namespaceOf(d) === options.lvmNamespace)) return false;
        return index.namespaceOf(d) !== namespace;
      };
      for (const d of objects.filter(objectsOutside)) {
        const ns = index.namespaceOf(d);
        out.push(
          at(
            d,
            ['metadata', ns ? 'namespace' : 'name'],
            ns
              ? `${d.label} is in namespace ${ns}, not in the app's namespace ${namespace}`
              : `${d.label} has no namespace: it does not land in the app's namespace ${namespace}`,
            `Set metadata.namespace: ${namespace}.`,
          ),
        );
      }
      const owner = owners.get(namespace);
      if (owner) {
        out.push(
          namespaces[0]
            ? at(namespaces[0], ['metadata', 'name'], `App ${app} uses namespace ${namespace}, which app ${owner} uses too`, `Give app ${app} a namespace of its own, or merge it into ${owner}'s folder.`)
            : atFile(anchor, `App ${app} uses namespace ${namespace}, which app ${owner} uses too`, `Give app ${app} a namespace of its own, or merge it into ${owner}'s folder.`),
        );
      } else owners.set(namespace, app);
    }
    return out;
  },
};
