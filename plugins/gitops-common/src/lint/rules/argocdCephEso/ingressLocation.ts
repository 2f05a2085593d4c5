import { arrayAt, stringAt } from '../../k8s';
import type { YamlDoc } from '../../repoIndex';
import { RawFinding } from '../../types';
import { at, isUnder } from '../helpers';
import { ArgoRule, doc } from './common';

/** L32: routes live in the shared ingress folder, one per host. */
export const ingressLocation: ArgoRule = {
  ...doc(
    'ingress-location',
    'error',
    'L32',
    'there is "no good reason to have both" an app-level ingress.yaml and apps/shared/ingress/<app>.yaml; routes live in apps/shared/ingress/.',
  ),
  title: 'Routes live in the shared ingress folder, one per host',
  description: 'Ingress and HTTPRoute objects under the apps root live in the shared ingress folder, not in app folders; no two of them serve the same host and path.',
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const seen = new Map<string, YamlDoc>();
    for (const route of index.objects('Ingress', 'HTTPRoute')) {
      if (isUnder(route.file, options.appsRoot) && !isUnder(route.file, options.ingress.dir)) {
        out.push(at(route, ['metadata', 'name'], `${route.label} is defined in an app folder, not in ${options.ingress.dir}/`, `Move it to ${options.ingress.dir}/<app>.yaml and list it in that folder's kustomization.`));
      }
      const routes =
        route.kind === 'Ingress'
          ? arrayAt(route.value, ['spec', 'rules']).flatMap((r, i) => {
              const paths = arrayAt(r, ['http', 'paths']).map(p => stringAt(p, ['path']) ?? '/');
              return (paths.length ? paths : ['/']).map(p => ({ host: stringAt(r, ['host']), prefix: p, path: ['spec', 'rules', i, 'host'] }));
            })
          : arrayAt(route.value, ['spec', 'hostnames']).map((h, i) => ({ host: typeof h === 'string' ? h : undefined, prefix: '*', path: ['spec', 'hostnames', i] }));
      for (const { host, prefix, path } of routes) {
        if (!host) continue;
        const key = `${host}${prefix === '/' || prefix === '*' ? '' : prefix}`;
        const first = seen.get(key);
        if (first && first !== route) {
          out.push(at(route, path, `${route.label} serves ${key}, which ${first.label} (${first.file}) serves already`, 'Keep one route per host and path: merge the two or remove one.'));
        } else seen.set(key, route);
      }
    }
    return out;
  },
};
