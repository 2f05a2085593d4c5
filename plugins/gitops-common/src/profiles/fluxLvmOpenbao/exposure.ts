import { AppPlan } from '../../render/appPlan';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { refuseHttpLoadBalancer } from '../../render/httpPorts';
import { KUBERNETES_ID_LABEL, serviceObject } from '../../render/objects';
import { httpBackend, HttpSpec, TcpSpec } from '../../specs';
import { documentsToYaml, objectToDocument } from '../../yaml/documents';
import { FluxLvmOpenbaoOptions } from './options';
import { freeFileName } from './storage';


/** Seed 000's "Ingress": nginx class, cert-manager HTTP-01, TLS for exactly the rule's host. */
export function writeIngress(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  spec: HttpSpec,
  plan: AppPlan,
): void {
  const host = spec.host ?? `${spec.app}.${o.domain}`;
  const backend = httpBackend(spec);
  const ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: spec.app,
      namespace: plan.namespace,
      labels: { [KUBERNETES_ID_LABEL]: spec.app },
      annotations: {
        'cert-manager.io/cluster-issuer': o.clusterIssuer,
        'acme.cert-manager.io/http01-edit-in-place': 'true',
      },
    },
    spec: {
      ingressClassName: o.ingressClass,
      rules: [
        {
          host,
          http: {
            paths: [
              {
                backend: {
                  service: { name: backend.service, port: { number: backend.port } },
                },
                path: spec.path,
                pathType: 'Prefix',
              },
            ],
          },
        },
      ],
      ...(spec.tls ? { tls: [{ hosts: [host], secretName: `${spec.app}-ingress` }] } : {}),
    },
  };
  b.add(
    freeFileName(b, plan.folder, 'ingress', host.split('.')[0]),
    documentsToYaml([objectToDocument(ingress)]),
  );
  b.step({
    id: `dns:${host}`,
    app: spec.app,
    owner: 'operator',
    title: `Create the DNS name ${host}`,
    detail: `Point ${host} at the ingress controller; cert-manager issues its certificate once the name resolves.`,
  });
}

/**
 * Seed 000's "LoadBalancers": Cilium LB with `externalTrafficPolicy: Local` and
 * dual-stack, for non-HTTP ports only.
 */
export function writeLoadBalancer(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  spec: TcpSpec,
  plan: AppPlan,
): void {
  refuseHttpLoadBalancer(spec.ports);
  const name = spec.service ?? `${spec.app}-lb`;
  const service = serviceObject({
    name,
    namespace: plan.namespace,
    app: spec.app,
    selector: spec.selector ?? spec.app,
    ports: spec.ports,
    loadBalancer: { externalTrafficPolicy: 'Local', ipFamilyPolicy: 'PreferDualStack' },
  });
  b.add(freeFileName(b, plan.folder, 'loadbalancer', name), documentsToYaml([objectToDocument(service)]));
  const ports = spec.ports.map(p => `${p.port}/${p.protocol}`).join(', ');
  b.step({
    id: `port-forward:${plan.namespace}/${name}`,
    app: spec.app,
    owner: 'operator',
    title: `Forward IPv4 ports ${ports} to LoadBalancer ${name}`,
    detail: `Once the LoadBalancer has its address, add the port forward in ${o.portForwardFile} (IPv6 is reachable directly).`,
  });
  b.step({
    id: `dns:lb:${plan.namespace}/${name}`,
    app: spec.app,
    owner: 'operator',
    title: `Create a DNS name for LoadBalancer ${name}`,
    detail: `Assign a name under ${o.domain} to the address the LoadBalancer receives.`,
  });
}
