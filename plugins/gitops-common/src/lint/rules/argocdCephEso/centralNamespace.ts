import { stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, isUnder } from '../helpers';
import { appRoots, applicationsOf, centralNamespaces, ArgoRule, doc } from './common';

/** L29: namespaces are defined centrally, never in a component folder. */
export const centralNamespace: ArgoRule = {
  ...doc(
    'central-namespace',
    'error',
    'L29',
    '"All namespaces are defined centrally in cluster/platform/base/namespaces/" and "Remove any namespace.yaml sitting in individual component directories."',
  ),
  title: 'Namespaces are defined centrally',
  description:
    "No Namespace object outside the central namespaces folder; the namespace each app kustomization sets and each of its Applications deploys to is defined there.",
  check: ({ index, options, apps }) => {
    const out: RawFinding[] = [];
    const central = centralNamespaces(index, options);
    for (const ns of index.objects('Namespace')) {
      if (!isUnder(ns.file, options.namespacesDir)) {
        out.push(at(ns, ['metadata', 'name'], `Namespace ${ns.name} is defined outside ${options.namespacesDir}/`, `Move it to ${options.namespacesDir}/ and delete this file.`));
      }
    }
    for (const { folder } of apps) {
      for (const root of appRoots(index, folder)) {
        const k = index.kustomize.at(root)!;
        if (k.namespace && !central.has(k.namespace)) {
          out.push(at(k.doc, ['namespace'], `${k.file} deploys into namespace ${k.namespace}, which ${options.namespacesDir}/ does not define`, `Define Namespace ${k.namespace} in ${options.namespacesDir}/ (with its pod-security labels), or use an existing domain.`));
        }
        for (const app of applicationsOf(index, root)) {
          const dest = stringAt(app.value, ['spec', 'destination', 'namespace']);
          if (dest && dest !== k.namespace && !central.has(dest)) {
            out.push(at(app, ['spec', 'destination', 'namespace'], `Application ${app.name} deploys into namespace ${dest}, which ${options.namespacesDir}/ does not define`, `Define Namespace ${dest} in ${options.namespacesDir}/, or deploy into an existing domain.`));
          }
        }
      }
    }
    return out;
  },
};
