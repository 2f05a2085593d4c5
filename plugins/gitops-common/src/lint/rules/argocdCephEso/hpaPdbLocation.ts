import { getIn, isRecord, podMetadataPath, selectorMatches, stringAt } from '../../k8s';
import { podSpecs } from '../../references';
import { dirOf } from '../../../tree/paths';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { ArgoRule, doc } from './common';

/** L34: HPAs and PDBs sit beside the workload they govern. */
export const hpaPdbLocation: ArgoRule = {
  ...doc('hpa-pdb-location', 'warning', 'L34', 'HPA/PDB live in the app directory next to the workload they target.'),
  title: 'HPAs and PDBs sit beside their workload',
  description: "A HorizontalPodAutoscaler or PodDisruptionBudget is in the folder of the workload it targets (whether the target exists is homeport/selector-mismatch).",
  check: ({ index }) => {
    const out: RawFinding[] = [];
    const pods = podSpecs(index);
    for (const d of index.objects('HorizontalPodAutoscaler', 'PodDisruptionBudget')) {
      const ns = index.namespaceOf(d);
      let targets = pods.map(p => p.doc).filter(w => index.namespaceOf(w) === ns);
      if (d.kind === 'HorizontalPodAutoscaler') {
        targets = targets.filter(w => w.kind === stringAt(d.value, ['spec', 'scaleTargetRef', 'kind']) && w.name === stringAt(d.value, ['spec', 'scaleTargetRef', 'name']));
      } else {
        const selector = getIn(d.value, ['spec', 'selector', 'matchLabels']);
        targets = isRecord(selector) ? targets.filter(w => selectorMatches(selector, getIn(w.value, [...podMetadataPath(w.kind!), 'labels']))) : [];
      }
      if (!targets.length || targets.some(w => dirOf(w.file) === dirOf(d.file))) continue;
      out.push(at(d, ['metadata', 'name'], `${d.label} governs ${targets[0].label} of ${dirOf(targets[0].file)}/ but lives in ${dirOf(d.file)}/`, `Move it to ${dirOf(targets[0].file)}/ and list it in that kustomization.`));
    }
    return out;
  },
};
