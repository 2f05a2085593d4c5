import { getIn } from '../../k8s';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { privilegedUses } from './privileged';

/** L20: a GPU Deployment runs one pod and replaces it (never two side by side). */
export const gpuStrategy: FluxLvmRule = {
  ...doc('gpu-strategy', 'warning', 'L20', 'the privileged GPU example ("replicas: 1 … strategy: type: Recreate").'),
  title: 'GPU Deployments run one replica with the Recreate strategy',
  description: 'A Deployment using GPU devices (a hostPath under /dev or a */gpu resource limit) sets strategy.type: Recreate and at most one replica, so two pods never compete for the device.',
  check: ({ index }) => {
    const out: RawFinding[] = [];
    const gpuDeployments = new Set(privilegedUses(index).filter(u => u.gpu && u.doc.kind === 'Deployment').map(u => u.doc));
    for (const d of index.objects('Deployment')) {
      const limits = getIn(d.value, ['spec', 'template', 'spec', 'containers']);
      const usesGpu = gpuDeployments.has(d) || (Array.isArray(limits) && limits.some(c => Object.keys((getIn(c, ['resources', 'limits']) as object) ?? {}).some(k => /\.com\/gpu$/.test(k))));
      if (!usesGpu) continue;
      if (getIn(d.value, ['spec', 'strategy', 'type']) !== 'Recreate') {
        out.push(at(d, ['spec', 'strategy'], `${d.label} uses a GPU but not strategy Recreate: a rolling update starts a second pod that cannot get the device`, 'Set spec.strategy.type: Recreate.'));
      }
      const replicas = getIn(d.value, ['spec', 'replicas']);
      if (typeof replicas === 'number' && replicas > 1) {
        out.push(at(d, ['spec', 'replicas'], `${d.label} uses a GPU with ${replicas} replicas`, 'Set spec.replicas: 1.'));
      }
    }
    return out;
  },
};
