import { ConflictError, InputError } from '@backstage/errors';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { refuseHttpLoadBalancer } from '../../render/httpPorts';
import { KUBERNETES_ID_LABEL } from '../../render/objects';
import { httpBackend, HttpSpec, TcpSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { YamlObject } from '../../yaml/documents';
import { getIn, readObjects, yamlFile, yamlFilesUnder } from './files';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan } from './plan';


/** The Service ports a new app of this request exposes, when Homeport writes its Service. */
function newAppPorts(plan: ArgoAppPlan): number[] | undefined {
  const w = plan.workload;
  if (!w) return undefined;
  if (w.kind === 'gpu') return [w.port];
  return w.source.type === 'image' ? w.source.ports.map(p => p.port) : undefined;
}

/** Which Ingress in the folder already routes `host` + `path`, if any. */
function routedBy(b: ChangeSetBuilder, dir: string, host: string, path: string): string | undefined {
  return yamlFilesUnder(b, dir).find(file =>
    readObjects(b, file).some(
      obj =>
        obj.kind === 'Ingress' &&
        ((getIn(obj, ['spec', 'rules']) as YamlObject[] | undefined) ?? []).some(
          rule =>
            rule.host === host &&
            ((getIn(rule, ['http', 'paths']) as YamlObject[] | undefined) ?? []).some(p => p.path === path),
        ),
    ),
  );
}

/**
 * Seed 003's HTTP exposure: an Ingress in the central ingress folder (never in the app
 * folder, rule L32), named after the app like the corpus's `vaultwarden.yaml`: HAProxy
 * class (restricted to the LAN ranges by default), cert-manager's `letsencrypt-prod`
 * issuer (DNS-01 through Cloudflare), TLS for exactly the rule's host.
 *
 * The corpus runs no external-dns: its DNS records are kept in Cloudflare by hand, so a
 * new host is an operator's step.
 */
export function writeIngress(
  b: ChangeSetBuilder,
  o: ArgocdCephEsoOptions,
  spec: HttpSpec,
  plan: ArgoAppPlan,
): void {
  const host = spec.host ?? `${spec.app}.${o.ingress.domain}`;
  const ports = newAppPorts(plan);
  const backend = httpBackend(spec);
  if (!spec.service && ports && !ports.includes(backend.port)) {
    throw new InputError(
      `App '${spec.app}' has no Service port ${backend.port} to route ${host} to (ports: ${ports.join(', ') || 'none'})`,
    );
  }
  const taken = routedBy(b, o.ingress.dir, host, spec.path);
  if (taken) {
    throw new ConflictError(`${host}${spec.path} is already routed by ${taken}`);
  }
  const plain = repoPath(o.ingress.dir, `${spec.app}.yaml`);
  const name = b.exists(plain) ? `${spec.app}-${host.split('.')[0]}` : spec.app;
  const restricted = o.ingress.className === o.ingress.restrictedClassName;
  const ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace: plan.namespace,
      labels: { [KUBERNETES_ID_LABEL]: spec.app },
      annotations: {
        ...(spec.tls ? { 'cert-manager.io/cluster-issuer': o.ingress.clusterIssuer } : {}),
        'haproxy-ingress.github.io/backend-protocol': 'http',
        ...(spec.tls ? { 'haproxy-ingress.github.io/ssl-redirect': 'true' } : {}),
        ...(restricted
          ? { 'haproxy-ingress.github.io/whitelist-source-range': o.ingress.restrictedSourceRange }
          : {}),
      },
    },
    spec: {
      ingressClassName: o.ingress.className,
      ...(spec.tls ? { tls: [{ hosts: [host], secretName: `${host.replace(/\./g, '-')}-tls` }] } : {}),
      rules: [
        {
          host,
          http: {
            paths: [
              {
                path: spec.path,
                pathType: 'Prefix',
                backend: { service: { name: backend.service, port: { number: backend.port } } },
              },
            ],
          },
        },
      ],
    },
  };
  b.add(repoPath(o.ingress.dir, `${name}.yaml`), yamlFile(ingress));
  b.step({
    id: `dns:${host}`,
    app: spec.app,
    owner: 'operator',
    title: `Create the DNS record ${host}`,
    detail: `In ${o.ingress.dnsProvider}, point ${host} at the HAProxy ingress address ${o.ingress.address}.${spec.tls ? ` cert-manager issues its certificate (${o.ingress.clusterIssuer}, DNS-01) into Secret ${host.replace(/\./g, '-')}-tls.` : ''}`,
    check: { kind: 'dns', host },
  });
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map(shift => Math.floor(n / 2 ** shift) % 256).join('.');
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The first and last address of a MetalLB range `a-b` or CIDR `a/n`. */
function poolRange(addresses: string): [number, number] {
  const [from, to] = addresses.split('-').map(s => s.trim());
  if (to !== undefined && IPV4.test(from) && IPV4.test(to)) return [ipToInt(from), ipToInt(to)];
  const [base, bits] = addresses.split('/');
  if (IPV4.test(base) && /^\d+$/.test(bits ?? '')) {
    const size = 2 ** (32 - Number(bits));
    const start = Math.floor(ipToInt(base) / size) * size;
    return [start, start + size - 1];
  }
  throw new InputError(`loadBalancer.addresses '${addresses}' is neither a range a-b nor a CIDR`);
}

/** Addresses pinned anywhere in the repository: `loadBalancerIP` fields and MetalLB annotations. */
function pinnedAddresses(b: ChangeSetBuilder): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && (key === 'loadBalancerIP' || /(^|\/)loadBalancerIPs$/.test(key))) {
          value.split(',').map(s => s.trim()).filter(s => IPV4.test(s)).forEach(s => found.add(s));
        } else walk(value);
      }
    }
  };
  for (const path of b.tree.paths()) {
    if (/\.ya?ml$/.test(path)) readObjects(b, path).forEach(walk);
  }
  return found;
}

/**
 * Picks addresses for new LoadBalancers: the pool's first address that no file of the
 * repository pins and this change set has not handed out. Pure: it reads the tree only.
 */
export class AddressAllocator {
  private used?: Set<string>;

  constructor(private readonly b: ChangeSetBuilder, private readonly o: ArgocdCephEsoOptions) {}

  next(): string {
    this.used ??= pinnedAddresses(this.b);
    const [first, last] = poolRange(this.o.loadBalancer.addresses);
    for (let n = first; n <= last; n++) {
      const ip = intToIp(n);
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
    throw new ConflictError(
      `MetalLB pool ${this.o.loadBalancer.addressPool} (${this.o.loadBalancer.addresses}) has no address left that the repository does not pin`,
    );
  }
}

/**
 * Seed 003's non-HTTP exposure: a MetalLB LoadBalancer Service in the app folder, as
 * plex's and unifi's are: `metallb.universe.tf/address-pool` and, as the corpus pins
 * every one (its README keeps the LAN address map), a free `loadBalancerIP` of the pool.
 * HTTP is refused: it goes through an Ingress. The file is `service-<suffix>.yaml` as
 * unifi's `service-tcp.yaml` for Service `unifi-os-server-tcp`.
 */
export function writeLoadBalancer(
  b: ChangeSetBuilder,
  o: ArgocdCephEsoOptions,
  spec: TcpSpec,
  plan: ArgoAppPlan,
  addresses: AddressAllocator,
): void {
  refuseHttpLoadBalancer(spec.ports);
  const name = spec.service ?? `${spec.app}-lb`;
  const suffix = name.startsWith(`${spec.app}-`) ? name.slice(spec.app.length + 1) : name;
  const file = repoPath(plan.folder, suffix === spec.app ? 'service.yaml' : `service-${suffix}.yaml`);
  if (b.exists(file)) {
    throw new ConflictError(`${file} already exists in the repository`);
  }
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace: plan.namespace,
      labels: { [KUBERNETES_ID_LABEL]: spec.app },
      annotations: { 'metallb.universe.tf/address-pool': o.loadBalancer.addressPool },
    },
    spec: {
      type: 'LoadBalancer',
      ...(o.loadBalancer.pinAddress ? { loadBalancerIP: addresses.next() } : {}),
      selector: { app: spec.selector ?? spec.app },
      ports: spec.ports.map(p => ({
        name: p.name,
        port: p.port,
        targetPort: p.targetPort ?? p.port,
        protocol: p.protocol,
      })),
    },
  };
  b.add(file, yamlFile(service));
}
