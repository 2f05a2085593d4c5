import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { ingresses } from './ingresses';

/** L18: host names are subdomains of the cluster's domain. */
export const ingressHost: FluxLvmRule = {
  ...doc('ingress-host', 'warning', 'L18', '"Assign names from lumpiasty.xyz subdomains (eg. kaneo.lumpiasty.xyz) unless explicitly requested."'),
  title: "Hosts are subdomains of the cluster's domain",
  description: "Every host of an Ingress (or of an enabled ingress block of Helm values) is the profile's domain or a subdomain of it. A warning: the guidelines allow other names when explicitly requested.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const ing of ingresses(index)) {
      for (const { host, path } of ing.hosts) {
        if (host === options.domain || host.endsWith(`.${options.domain}`)) continue;
        out.push(at(ing.doc, path, `${ing.label} serves ${host}, which is not under ${options.domain}`, `Use a name under ${options.domain} (such as <app>.${options.domain}) unless another one was explicitly requested.`));
      }
    }
    return out;
  },
};
