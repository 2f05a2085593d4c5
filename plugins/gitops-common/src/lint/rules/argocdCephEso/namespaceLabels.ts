import { getIn, isRecord } from '../../k8s';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { ArgoRule, centralNamespaces, doc } from './common';

const LABEL = 'pod-security.kubernetes.io/enforce';

/** L30: central namespaces carry their pod-security level. */
export const namespaceLabels: ArgoRule = {
  ...doc('namespace-labels', 'warning', 'L30', 'namespaces carry "pod-security.kubernetes.io/enforce" (and rcrumana.dev/part-of).'),
  title: 'Namespaces carry a pod-security level',
  description: `Every Namespace of the central namespaces folder sets the label ${LABEL}.`,
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const ns of centralNamespaces(index, options).values()) {
      const labels = getIn(ns.value, ['metadata', 'labels']);
      if (isRecord(labels) && typeof labels[LABEL] === 'string') continue;
      out.push(at(ns, ['metadata', isRecord(labels) ? 'labels' : 'name'], `Namespace ${ns.name} sets no ${LABEL} label`, `Add the label ${LABEL}: restricted (baseline or privileged where pods need it).`));
    }
    return out;
  },
};
