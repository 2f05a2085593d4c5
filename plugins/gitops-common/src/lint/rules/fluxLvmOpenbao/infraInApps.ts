import { stringAt } from '../../k8s';
import { helmReleases } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule, inApps } from './common';

/** Charts of cluster controllers (seed 000's examples and their kin). */
export const CONTROLLER_CHARTS: ReadonlySet<string> = new Set([
  'cert-manager',
  'cilium',
  'cloudnative-pg',
  'community-operator',
  'external-dns',
  'external-secrets',
  'ingress-nginx',
  'k8up',
  'kube-prometheus-stack',
  'longhorn',
  'metallb',
  'openbao',
  'openebs',
  'rook-ceph',
  'traefik',
  'vault',
  'vault-secrets-operator',
]);

/** L04: infrastructure controllers belong in infra/, not apps/. */
export const infraInApps: FluxLvmRule = {
  ...doc(
    'infra-in-apps',
    'warning',
    'L04',
    '"Apps that provide infrastructural services belong to infra." (Cilium, NGINX Ingress, CloudNativePG, OpenBao in infra/controllers/<name>.yaml)',
  ),
  title: 'Cluster controllers live in infra/',
  description: `A HelmRelease of a cluster controller's chart (${[...CONTROLLER_CHARTS].join(', ')}) or a CustomResourceDefinition in the apps folder belongs in infra/controllers/.`,
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const d of helmReleases(index)) {
      const chart = stringAt(d.value, ['spec', 'chart', 'spec', 'chart']);
      if (inApps(options, d.file) && chart && CONTROLLER_CHARTS.has(chart)) {
        out.push(at(d, ['spec', 'chart', 'spec', 'chart'], `HelmRelease ${d.name} installs the cluster controller ${chart} from the apps folder`, `Move it to infra/controllers/${chart}.yaml and list it in infra/kustomization.yaml.`));
      }
    }
    for (const d of index.objects('CustomResourceDefinition')) {
      if (inApps(options, d.file)) {
        out.push(at(d, ['metadata', 'name'], `CustomResourceDefinition ${d.name} is defined in the apps folder`, 'Install CRDs with their controller under infra/controllers/.'));
      }
    }
    return out;
  },
};
