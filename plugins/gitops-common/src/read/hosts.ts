import { ChartRelease } from './chartRelease';
import { valuesHosts } from './helmValues';
import { Instance } from './instances';
import { arr, isKind, str } from './objects';
import { ServiceHost } from './types';

/** Hosts of an Ingress (rules) or Gateway API route (hostnames). */
export function objectHosts(instance: Instance): ServiceHost[] {
  const { object } = instance;
  const hosts: string[] = [];
  let source: ServiceHost['source'] | undefined;
  if (
    isKind(object, 'Ingress', 'networking.k8s.io') ||
    isKind(object, 'Ingress', 'extensions')
  ) {
    source = 'Ingress';
    for (const rule of arr(object, 'spec', 'rules')) {
      const host = str(rule, 'host');
      if (host && !hosts.includes(host)) hosts.push(host);
    }
  } else if (
    object.kind === 'HTTPRoute' ||
    object.kind === 'GRPCRoute' ||
    object.kind === 'TLSRoute'
  ) {
    source = 'HTTPRoute';
    for (const host of arr(object, 'spec', 'hostnames')) {
      if (typeof host === 'string' && !hosts.includes(host)) hosts.push(host);
    }
  }
  return source
    ? hosts.map(host => ({ host, source: source!, file: instance.file }))
    : [];
}

/** Hosts a chart renders from its values (ingress / route blocks, or top-level `hosts` of in-repo charts that render them). */
export function releaseHosts(release: ChartRelease): ServiceHost[] {
  const file = release.valueFiles[0] ?? release.workload.file;
  return valuesHosts(
    release.values,
    release.release,
    release.templates?.rendersValuesHosts ?? false,
  ).map(host => ({
    host,
    source: 'helm-values' as const,
    file,
  }));
}
