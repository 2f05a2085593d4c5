import { RawFinding } from '../../types';
import { at, isUnder } from '../helpers';
import { ArgoRule, doc } from './common';

/** L45: Rollouts belong to their app. */
export const rolloutLocation: ArgoRule = {
  ...doc('rollout-location', 'warning', 'L45', 'Rollout objects live in app directories; platform/gitops/argo-rollouts/ holds only the controller and AnalysisTemplates.'),
  title: 'Rollouts live in their app folder',
  description: 'An Argo Rollouts Rollout is under the apps root, in the folder of its app.',
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const r of index.objects('Rollout')) {
      if (!r.apiVersion?.startsWith('argoproj.io/') || isUnder(r.file, options.appsRoot)) continue;
      out.push(at(r, ['metadata', 'name'], `Rollout ${r.name} is outside ${options.appsRoot}/`, `Move it to its app folder under ${options.appsRoot}/.`));
    }
    return out;
  },
};
