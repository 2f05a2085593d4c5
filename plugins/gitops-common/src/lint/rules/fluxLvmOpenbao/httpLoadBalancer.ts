import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { HTTP_NAMES, HTTP_PORTS, loadBalancers } from './loadBalancers';

/** L16: HTTP goes through an Ingress, never a LoadBalancer. */
export const httpLoadBalancer: FluxLvmRule = {
  ...doc('http-loadbalancer', 'error', 'L16', '"Do not use LoadBalancer for exposing HTTP applications, use Ingress instead."'),
  title: 'No LoadBalancer for HTTP',
  description: `A LoadBalancer Service (or a type: LoadBalancer block of Helm values) exposes no HTTP port: none of ${[...HTTP_PORTS].join(', ')} and no port named http, https, web, ui or http-*/https-*.`,
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const lb of loadBalancers(index)) {
      for (const p of lb.ports) {
        if ((p.port !== undefined && HTTP_PORTS.has(p.port)) || (p.name !== undefined && HTTP_NAMES.test(p.name))) {
          out.push(
            at(
              lb.doc,
              p.path,
              `${lb.label} exposes port ${p.name && p.port !== undefined ? `${p.name} (${p.port})` : String(p.name ?? p.port)} through a LoadBalancer: it looks like HTTP`,
              'Expose HTTP through an Ingress (an http spec) and keep the Service ClusterIP.',
            ),
          );
        }
      }
    }
    return out;
  },
};
