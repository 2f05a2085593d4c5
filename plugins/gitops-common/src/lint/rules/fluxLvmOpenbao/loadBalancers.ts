import { arrayAt, getIn, isRecord, walk, YamlPath } from '../../k8s';
import { helmReleases, releaseNamespace } from '../../references';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import { qualified } from '../helpers';

/** Ports that carry HTTP (the profile refuses the same ones for a tcp spec). */
export { HTTP_NAMES, HTTP_PORTS } from '../../../render/httpPorts';

/** A LoadBalancer Service, as an object or as a block of Helm values. */
export interface LoadBalancer {
  doc: YamlDoc;
  /** Path of the Service (`[]`) or of the values block. */
  path: (string | number)[];
  /** The mapping holding `externalTrafficPolicy` and `ipFamilyPolicy`. */
  specPath: (string | number)[];
  label: string;
  ports: { path: YamlPath; port?: number; name?: string }[];
}

/** LoadBalancer Services and `type: LoadBalancer` blocks of HelmRelease values. */
export function loadBalancers(index: RepoIndex): LoadBalancer[] {
  const out: LoadBalancer[] = [];
  for (const svc of index.objects('Service')) {
    if (getIn(svc.value, ['spec', 'type']) !== 'LoadBalancer') continue;
    out.push({
      doc: svc,
      path: [],
      specPath: ['spec'],
      label: `Service ${qualified(index.namespaceOf(svc), svc.name ?? '')}`,
      ports: arrayAt(svc.value, ['spec', 'ports']).map((p, i) => ({
        path: ['spec', 'ports', i],
        port: typeof getIn(p, ['port']) === 'number' ? (getIn(p, ['port']) as number) : undefined,
        name: typeof getIn(p, ['name']) === 'string' ? (getIn(p, ['name']) as string) : undefined,
      })),
    });
  }
  for (const hr of helmReleases(index)) {
    walk(getIn(hr.value, ['spec', 'values']), (v, path) => {
      if (!isRecord(v) || v.type !== 'LoadBalancer') return;
      const full = ['spec', 'values', ...path];
      const ports: LoadBalancer['ports'] = [];
      if (typeof v.port === 'number') ports.push({ path: [...full, 'port'], port: v.port, name: typeof v.portName === 'string' ? v.portName : undefined });
      arrayAt(v, ['ports']).forEach((p, i) => {
        const port = getIn(p, ['port']);
        const name = getIn(p, ['name']);
        ports.push({ path: [...full, 'ports', i], port: typeof port === 'number' ? port : undefined, name: typeof name === 'string' ? name : undefined });
      });
      out.push({
        doc: hr,
        path: full,
        specPath: full,
        label: `values.${path.join('.')} of HelmRelease ${qualified(releaseNamespace(index, hr), hr.name ?? '')}`,
        ports,
      });
    });
  }
  return out;
}
