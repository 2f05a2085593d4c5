import { arrayAt, containersOf, getIn } from '../../k8s';
import { podSpecs } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { ArgoRule, centralNamespaces, doc } from './common';

/** L44: privileged pods and hostPaths only in namespaces that admit them. */
export const privilegedPod: ArgoRule = {
  ...doc('privileged-pod', 'warning', 'L44', 'Kyverno-derived rules: "hostPath only in trusted namespaces; no privileged pods unless exempt".'),
  title: 'Privileged pods only where the namespace admits them',
  description: 'A privileged container or a hostPath volume runs only in a namespace whose pod-security.kubernetes.io/enforce label is privileged.',
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const namespaces = centralNamespaces(index, options);
    for (const { doc: d, specPath } of podSpecs(index)) {
      const ns = index.namespaceOf(d);
      const level = ns ? getIn(namespaces.get(ns)?.value, ['metadata', 'labels', 'pod-security.kubernetes.io/enforce']) : undefined;
      if (level === 'privileged') continue;
      const privileged = containersOf(d.value, specPath).find(({ container }) => getIn(container, ['securityContext', 'privileged']) === true);
      const hostPath = arrayAt(d.value, [...specPath, 'volumes']).findIndex(v => typeof getIn(v, ['hostPath', 'path']) === 'string');
      if (!privileged && hostPath < 0) continue;
      const what = privileged ? `container ${String(privileged.container.name)} is privileged` : `it mounts the host path ${String(getIn(d.value, [...specPath, 'volumes', hostPath, 'hostPath', 'path']))}`;
      out.push(
        at(
          d,
          privileged ? [...privileged.path, 'securityContext', 'privileged'] : [...specPath, 'volumes', hostPath, 'hostPath'],
          `${d.label} in namespace ${ns ?? '(none)'}: ${what}, but the namespace does not enforce pod-security level privileged`,
          `Drop the privilege, or label namespace ${ns ?? '<namespace>'} pod-security.kubernetes.io/enforce: privileged (with a Kyverno exception) in ${options.namespacesDir}/.`,
        ),
      );
    }
    return out;
  },
};
