import { getIn, isRecord } from '../../k8s';
import { RawFinding } from '../../types';
import { at, isUnder } from '../helpers';
import { appReleases, ChartRule, doc } from './common';

/** L27: apps do not autoscale (yet). */
export const noAutoscaling: ChartRule = {
  ...doc('no-autoscaling', 'warning', 'L27', '"apps you add here don\'t scale automatically" (autoscaling: tbd).'),
  title: 'Apps do not autoscale',
  description: "No HorizontalPodAutoscaler in the apps folder and no enabled autoscaling block in an app's values: the cluster's capacity is planned for fixed replicas.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const hpa of index.objects('HorizontalPodAutoscaler')) {
      if (isUnder(hpa.file, options.appsDir)) out.push(at(hpa, ['metadata', 'name'], `${hpa.label} autoscales an app`, 'Set a fixed replicas value in the release instead; ask the operators before autoscaling.'));
    }
    for (const hr of appReleases(index, options)) {
      const autoscaling = getIn(hr.value, ['spec', 'values', 'autoscaling']);
      if (isRecord(autoscaling) && autoscaling.enabled === true) {
        out.push(at(hr, ['spec', 'values', 'autoscaling', 'enabled'], `HelmRelease ${hr.name} enables autoscaling`, 'Set a fixed replicas value instead; ask the operators before autoscaling.'));
      }
    }
    return out;
  },
};
