/**
 * Objects kept away from their app (rrumana `cluster/apps/shared/ingress`,
 * public-transport `kubernetes/secrets/apps`) join the service they serve: an Ingress
 * or HTTPRoute the service its backend belongs to, a Secret, PVC or ConfigMap the
 * service whose workloads use it, else (secrets only) the one service running in its
 * namespace. Only folders that deploy nothing themselves give objects away.
 */
import { Instance } from './instances';
import { producedSecretName, routeBackends } from './references';
import { deploysSomething, GroupIndex, ServiceGroup } from './serviceGroup';

const MOVABLE = new Set([
  'Ingress',
  'HTTPRoute',
  'GRPCRoute',
  'PersistentVolumeClaim',
  'ConfigMap',
]);

function movable(instance: Instance): boolean {
  return (
    MOVABLE.has(instance.object.kind) ||
    producedSecretName(instance) !== undefined
  );
}

/** Moves objects of support groups to the services they serve. */
export function linkAcrossGroups(groups: ServiceGroup[]): void {
  const support = groups.filter(g => !deploysSomething(g));
  if (!support.length) return;
  const index = new GroupIndex(groups);
  for (const group of support) {
    const kept: Instance[] = [];
    for (const instance of group.instances) {
      let owner: ServiceGroup | undefined;
      if (movable(instance)) {
        owner = index.ownerOf(instance);
        if (
          !owner &&
          producedSecretName(instance) !== undefined &&
          !routeBackends(instance).length
        ) {
          owner = index.namespaceOwner(instance.namespace);
        }
      }
      if (owner && owner !== group) owner.instances.push(instance);
      else kept.push(instance);
    }
    group.instances = kept;
  }
}
