import { Instance } from './instances';
import { isKind, stringMap } from './objects';
import {
  matchesSelector,
  producedSecretName,
  routeBackends,
  WorkloadRefs,
  workloadRefs,
} from './references';
import { UnitDraft, UnitHelmSource } from './unitDraft';

/** A service under construction: the instances that will be read into one ServiceModel. */
export interface ServiceGroup {
  id: string;
  unit: UnitDraft;
  instances: Instance[];
  helmSources: UnitHelmSource[];
  /** The unit's main service (gets the unit's shared files). */
  main: boolean;
  /** Companion folders joined to this service (see companionFolders.ts). */
  companions?: UnitDraft[];
}

function key(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/** Whether a group deploys something (pod controllers, HelmReleases, charts, databases). */
export function deploysSomething(group: ServiceGroup): boolean {
  return (
    group.helmSources.length > 0 ||
    group.instances.some(
      i =>
        workloadRefs(i) !== undefined ||
        isKind(i.object, 'Cluster', 'postgresql.cnpg.io'),
    )
  );
}

/**
 * Which group an object belongs to, by what points at it: the pods a Service selects,
 * the Service an Ingress or HTTPRoute routes to, the workload that mounts a claim or
 * reads a Secret or ConfigMap. Namespaces must agree (an unset namespace matches any).
 */
export class GroupIndex {
  private readonly refs = new Map<ServiceGroup, WorkloadRefs[]>();
  private readonly byName = new Map<string, Set<ServiceGroup>>();
  private readonly byService = new Map<string, Set<ServiceGroup>>();
  private readonly releases: Array<{
    group: ServiceGroup;
    name: string;
    namespace?: string;
  }> = [];
  private readonly byUnit = new Map<UnitDraft, ServiceGroup[]>();
  private readonly home = new Map<Instance, ServiceGroup>();
  private readonly byNamespace = new Map<string, Set<ServiceGroup>>();

  constructor(private readonly groups: ServiceGroup[]) {
    for (const group of groups) {
      const list: WorkloadRefs[] = [];
      for (const instance of group.instances) {
        this.home.set(instance, group);
        const refs = workloadRefs(instance);
        if (!refs) continue;
        list.push(refs);
        if (refs.namespace !== undefined)
          this.addTo(this.byNamespace, refs.namespace, group);
        for (const name of refs.names)
          this.addTo(this.byName, key(refs.namespace, name), group);
        if (refs.release) {
          this.releases.push({ group, ...refs.release });
          this.addTo(
            this.byService,
            key(refs.release.namespace, refs.release.name),
            group,
          );
        }
      }
      for (const source of group.helmSources) {
        const name = source.source.releaseName ?? source.entry.name;
        this.releases.push({
          group,
          name,
          namespace: source.entry.defaultNamespace,
        });
        this.addTo(
          this.byService,
          key(source.entry.defaultNamespace, name),
          group,
        );
        if (source.entry.defaultNamespace !== undefined)
          this.addTo(this.byNamespace, source.entry.defaultNamespace, group);
      }
      this.refs.set(group, list);
      this.byUnit.set(group.unit, [
        ...(this.byUnit.get(group.unit) ?? []),
        group,
      ]);
    }
    for (const group of groups) {
      for (const instance of group.instances) {
        if (
          instance.object.kind === 'Service' &&
          instance.object.metadata.name
        ) {
          const owner = this.serviceOwner(instance) ?? group;
          this.addTo(
            this.byService,
            key(instance.namespace, instance.object.metadata.name),
            owner,
          );
        }
      }
    }
  }

  private addTo(
    map: Map<string, Set<ServiceGroup>>,
    k: string,
    group: ServiceGroup,
  ) {
    const set = map.get(k);
    if (set) set.add(group);
    else map.set(k, new Set([group]));
  }

  private lookup(
    map: Map<string, Set<ServiceGroup>>,
    namespace: string | undefined,
    name: string,
  ): ServiceGroup[] {
    if (namespace !== undefined)
      return [
        ...(map.get(key(namespace, name)) ?? []),
        ...(map.get(key(undefined, name)) ?? []),
      ];
    const found: ServiceGroup[] = [];
    for (const [k, set] of map) if (k.endsWith(`/${name}`)) found.push(...set);
    return found;
  }

  private unique(found: ServiceGroup[]): ServiceGroup | undefined {
    const set = new Set(found);
    return set.size === 1 ? [...set][0] : undefined;
  }

  /** The group whose pods a Service selects (Services select pods of their own unit). */
  serviceOwner(instance: Instance): ServiceGroup | undefined {
    const home = this.home.get(instance);
    const selector = stringMap(
      (instance.object.spec as { selector?: unknown } | undefined)?.selector,
    );
    if (!Object.keys(selector).length) return undefined;
    const found: ServiceGroup[] = [];
    for (const group of home ? this.byUnit.get(home.unit) ?? [] : this.groups) {
      for (const refs of this.refs.get(group) ?? []) {
        const sameNamespace =
          instance.namespace === undefined ||
          refs.namespace === undefined ||
          refs.namespace === instance.namespace;
        if (
          sameNamespace &&
          !refs.release &&
          matchesSelector(refs.podLabels, selector)
        )
          found.push(group);
      }
    }
    return this.unique(found);
  }

  /** The group owning a Service name: a Service object, or a chart release named like it. */
  serviceNameOwner(
    namespace: string | undefined,
    name: string,
  ): ServiceGroup | undefined {
    const direct = this.unique(this.lookup(this.byService, namespace, name));
    if (direct) return direct;
    const prefixed = this.releases.filter(
      r =>
        (namespace === undefined ||
          r.namespace === undefined ||
          r.namespace === namespace) &&
        name.startsWith(`${r.name}-`),
    );
    return this.unique(prefixed.map(r => r.group));
  }

  /** The group an object belongs to by reference, or undefined when none or several point at it. */
  ownerOf(instance: Instance): ServiceGroup | undefined {
    const { object } = instance;
    if (object.kind === 'Service') return this.serviceOwner(instance);
    const backends = routeBackends(instance);
    if (backends.length) {
      const owners = backends.map(name =>
        this.serviceNameOwner(instance.namespace, name),
      );
      return owners.every(o => o === owners[0]) ? owners[0] : undefined;
    }
    const name =
      producedSecretName(instance) ??
      (['PersistentVolumeClaim', 'ConfigMap', 'ServiceAccount'].includes(
        object.kind,
      )
        ? object.metadata.name
        : undefined);
    if (!name) return undefined;
    return this.unique(this.lookup(this.byName, instance.namespace, name));
  }

  /** The only group with workloads in a namespace. */
  namespaceOwner(namespace: string | undefined): ServiceGroup | undefined {
    if (namespace === undefined) return undefined;
    return this.unique([...(this.byNamespace.get(namespace) ?? [])]);
  }
}
