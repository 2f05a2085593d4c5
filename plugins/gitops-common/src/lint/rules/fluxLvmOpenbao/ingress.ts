import { RawFinding } from '../../types';
import { at, listing } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { ingresses } from './ingresses';

/** L18: ingress class, cluster issuer, and TLS for exactly the rule hosts. */
export const ingress: FluxLvmRule = {
  ...doc(
    'ingress',
    'error',
    'L18',
    'the Ingress example ("cert-manager.io/cluster-issuer: letsencrypt … ingressClassName: nginx-ingress … tls: - hosts: - llama.lumpiasty.xyz") and "TLS certificates are automatically issued for subdomains of lumpiasty.xyz using cert-manager."',
  ),
  title: "Ingresses use the cluster's class, issuer and TLS",
  description:
    "An Ingress (or an enabled ingress block of Helm values) uses the profile's ingress class (ingressClassName), the annotation cert-manager.io/cluster-issuer with the profile's issuer, and a tls block listing exactly the hosts of its rules.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const ing of ingresses(index)) {
      const report = (path: (string | number)[], message: string, fix: string) => out.push(at(ing.doc, path, `${ing.label} ${message}`, fix));
      if (ing.className !== options.ingressClass) {
        report(ing.className ? ing.classPath : ing.path, ing.className ? `uses ingress class ${ing.className}, not ${options.ingressClass}` : `sets no ingress class (${options.ingressClass})`, `Set ingressClassName: ${options.ingressClass}.`);
      }
      const issuer = ing.annotations['cert-manager.io/cluster-issuer'];
      if (issuer !== options.clusterIssuer) {
        report(
          issuer === undefined ? ing.annotationsPath : [...ing.annotationsPath, 'cert-manager.io/cluster-issuer'],
          issuer === undefined ? `has no cert-manager.io/cluster-issuer annotation: no certificate is issued` : `uses cluster issuer ${String(issuer)}, not ${options.clusterIssuer}`,
          `Set the annotation cert-manager.io/cluster-issuer: ${options.clusterIssuer}.`,
        );
      }
      const hosts = [...new Set(ing.hosts.map(h => h.host))];
      if (!hosts.length) continue;
      if (ing.tlsHosts === undefined) {
        report(ing.path, `serves ${listing(hosts)} without a tls block: no certificate, plain HTTP`, `Add tls: [{ hosts: [${hosts.join(', ')}], secretName: <name>-ingress }].`);
        continue;
      }
      const missing = hosts.filter(h => !ing.tlsHosts!.includes(h));
      const extra = [...new Set(ing.tlsHosts.filter(h => !hosts.includes(h)))];
      if (missing.length) report(ing.hosts.find(h => missing.includes(h.host))!.path, `serves ${listing(missing)} without listing ${missing.length > 1 ? 'them' : 'it'} under tls hosts`, 'List every rule host under tls hosts.');
      if (extra.length) report(ing.tlsPath, `lists ${listing(extra)} under tls hosts but serves no rule for ${extra.length > 1 ? 'them' : 'it'}`, 'Make the tls hosts equal to the rule hosts.');
    }
    return out;
  },
};
