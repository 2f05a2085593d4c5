import { ConflictError } from '@backstage/errors';
import { AppPlan } from '../../render/appPlan';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { refuseHttpLoadBalancer } from '../../render/httpPorts';
import { KUBERNETES_ID_LABEL, serviceObject } from '../../render/objects';
import { httpBackend, HttpSpec, TcpSpec } from '../../specs';
import { documentsToYaml, objectToDocument } from '../../yaml/documents';
import { spliceAppend, spliceSet } from '../../yaml/splice';
import { folderObjects } from './folderObjects';
import { FluxLvmOpenbaoOptions } from './options';
import { freeFileName } from './storage';


/** The rule an Ingress gets for one host. */
function ingressRule(spec: HttpSpec, host: string) {
  const backend = httpBackend(spec);
  return {
    host,
    http: {
      paths: [
        {
          backend: { service: { name: backend.service, port: { number: backend.port } } },
          path: spec.path,
          pathType: 'Prefix',
        },
      ],
    },
  };
}

function dnsStep(b: ChangeSetBuilder, spec: HttpSpec, host: string) {
  b.step({
    id: `dns:${host}`,
    app: spec.app,
    owner: 'operator',
    title: `Create the DNS name ${host}`,
    detail: `Point ${host} at the ingress controller; cert-manager issues its certificate once the name resolves.`,
    check: { kind: 'dns', host },
  });
}

/**
 * A further host for an app that has an Ingress to the same Service port: a rule and a
 * TLS host on that Ingress (one certificate for its names), spliced into its file so
 * that only the added lines change. `false` when the app has no such Ingress.
 */
function extendIngress(b: ChangeSetBuilder, spec: HttpSpec, plan: AppPlan, host: string): boolean {
  const backend = httpBackend(spec);
  const target = folderObjects(b, plan.folder, 'Ingress').find(i =>
    (i.value.spec?.rules ?? []).some((r: any) =>
      (r.http?.paths ?? []).some((p: any) => p.backend?.service?.name === backend.service && p.backend?.service?.port?.number === backend.port),
    ),
  );
  if (!target) return false;
  const hosts: string[] = (target.value.spec?.rules ?? []).map((r: any) => r.host);
  if (hosts.includes(host)) {
    throw new ConflictError(`Ingress ${target.value.metadata?.name} (${target.file}) already serves ${host}`);
  }
  b.edit(target.file, text => {
    let next = spliceAppend(text, ['spec', 'rules'], ingressRule(spec, host), target.index);
    if (spec.tls) {
      const tls = target.value.spec?.tls;
      next = Array.isArray(tls) && tls.length
        ? spliceAppend(next, ['spec', 'tls', 0, 'hosts'], host, target.index)
        : spliceSet(next, ['spec', 'tls'], [{ hosts: [host], secretName: `${spec.app}-ingress` }], target.index);
    }
    return next;
  });
  dnsStep(b, spec, host);
  return true;
}

/**
 * Seed 000's "Ingress": nginx class, cert-manager HTTP-01, TLS for exactly the rule's
 * host. An app that already has an Ingress to the same Service port gets the host added
 * to it rather than a second Ingress of the same name.
 */
export function writeIngress(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  spec: HttpSpec,
  plan: AppPlan,
): void {
  const host = spec.host ?? `${spec.app}.${o.domain}`;
  if (extendIngress(b, spec, plan, host)) return;
  const taken = new Set(folderObjects(b, plan.folder, 'Ingress').map(i => i.value.metadata?.name));
  const name = taken.has(spec.app) ? `${spec.app}-${host.split('.')[0]}` : spec.app;
  const ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace: plan.namespace,
      labels: { [KUBERNETES_ID_LABEL]: spec.app },
      annotations: {
        'cert-manager.io/cluster-issuer': o.clusterIssuer,
        'acme.cert-manager.io/http01-edit-in-place': 'true',
      },
    },
    spec: {
      ingressClassName: o.ingressClass,
      rules: [ingressRule(spec, host)],
      ...(spec.tls ? { tls: [{ hosts: [host], secretName: `${name}-ingress` }] } : {}),
    },
  };
  b.add(
    freeFileName(b, plan.folder, 'ingress', host.split('.')[0]),
    documentsToYaml([objectToDocument(ingress)]),
  );
  dnsStep(b, spec, host);
}

/**
 * Further TCP/UDP ports for an app that has a LoadBalancer Service: they join its
 * `ports` (one address, one port forward entry per port), spliced into its file.
 * `false` when the app has none (or `spec.service` names another one).
 */
function extendLoadBalancer(b: ChangeSetBuilder, o: FluxLvmOpenbaoOptions, spec: TcpSpec, plan: AppPlan): boolean {
  const target = folderObjects(b, plan.folder, 'Service').find(
    s => s.value.spec?.type === 'LoadBalancer' && (!spec.service || s.value.metadata?.name === spec.service),
  );
  if (!target) return false;
  const name: string = target.value.metadata?.name;
  const taken: any[] = target.value.spec?.ports ?? [];
  for (const port of spec.ports) {
    const clash = taken.find(p => p.name === port.name || (p.port === port.port && (p.protocol ?? 'TCP') === port.protocol));
    if (clash) {
      throw new ConflictError(
        `LoadBalancer ${name} (${target.file}) already has port ${clash.name ?? clash.port} (${clash.port}/${clash.protocol ?? 'TCP'}): choose another port and name`,
      );
    }
  }
  b.edit(target.file, text =>
    spec.ports.reduce(
      (next, port) => spliceAppend(next, ['spec', 'ports'], { name: port.name, protocol: port.protocol, port: port.port, targetPort: port.targetPort ?? port.port }, target.index),
      text,
    ),
  );
  const ports = spec.ports.map(p => `${p.port}/${p.protocol}`).join(', ');
  b.step({
    id: `port-forward:${plan.namespace}/${name}:${ports}`,
    app: spec.app,
    owner: 'operator',
    title: `Forward IPv4 ports ${ports} to LoadBalancer ${name}`,
    detail: `The LoadBalancer keeps its address: add the new ports beside its existing forwards in ${o.portForwardFile}.`,
    check: { kind: 'manual', how: `From outside the home network, connect to the router's public IPv4 address on ${ports} and reach ${name}.` },
  });
  return true;
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
  if (extendLoadBalancer(b, o, spec, plan)) return;
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
    check: { kind: 'manual', how: `From outside the home network, connect to the router's public IPv4 address on ${ports} and reach ${name}.` },
  });
  b.step({
    id: `dns:lb:${plan.namespace}/${name}`,
    app: spec.app,
    owner: 'operator',
    title: `Create a DNS name for LoadBalancer ${name}`,
    detail: `Assign a name under ${o.domain} to the address the LoadBalancer receives.`,
    check: { kind: 'manual', how: `The new name resolves to the EXTERNAL-IP that kubectl -n ${plan.namespace} get service ${name} shows.` },
  });
}
