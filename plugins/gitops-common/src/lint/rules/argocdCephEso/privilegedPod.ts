import { arrayAt, containersOf, getIn } from '../../k8s';
import { podSpecs } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { namespaceObjects } from '../shared/mesh';
import { ArgoRule, doc } from './common';

/** Namespaces of the cluster's own components, trusted by Kubernetes distributions and Kyverno's policies alike. */
const SYSTEM_NAMESPACES = new Set(['kube-system']);

/** L44: privileged pods and hostPaths only in namespaces that admit them. */
export const privilegedPod: ArgoRule = {
  ...doc('privileged-pod', 'warning', 'L44', 'Kyverno-derived rules: "hostPath only in trusted namespaces; no privileged pods unless exempt".'),
  title: 'Privileged pods only where the namespace admits them',
  description:
    'A privileged container or a hostPath volume runs only in a namespace whose pod-security.kubernetes.io/enforce label is privileged (read from every Namespace the repository defines, wherever its file is), or in kube-system. A pod whose namespace the repository does not say is not judged.',
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const namespaces = namespaceObjects(index);
    for (const { doc: d, specPath } of podSpecs(index)) {
      const ns = index.namespaceOf(d);
      if (ns === undefined || SYSTEM_NAMESPACES.has(ns)) continue;
      const level = getIn(namespaces.get(ns)?.value, ['metadata', 'labels', 'pod-security.kubernetes.io/enforce']);
      if (level === 'privileged') continue;
      const privileged = containersOf(d.value, specPath).find(({ container }) => getIn(container, ['securityContext', 'privileged']) === true);
      const hostPath = arrayAt(d.value, [...specPath, 'volumes']).findIndex(v => typeof getIn(v, ['hostPath', 'path']) === 'string');
      if (!privileged && hostPath < 0) continue;
      const what = privileged ? `container ${String(privileged.container.name)} is privileged` : `it mounts the host path ${String(getIn(d.value, [...specPath, 'volumes', hostPath, 'hostPath', 'path']))}`;
      out.push(
        at(
          d,
          privileged ? [...privileged.path, 'securityContext', 'privileged'] : [...specPath, 'volumes', hostPath, 'hostPath'],
          `${d.label} in namespace ${ns}: ${what}, but the namespace does not enforce pod-security level privileged`,
          `Drop the privilege, or label namespace ${ns} pod-security.kubernetes.io/enforce: privileged (with a Kyverno exception) in ${options.namespacesDir}/.`,
        ),
      );
    }
    return out;
  },
};
