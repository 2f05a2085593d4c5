import type { ServiceModel } from '@homeport/plugin-gitops-common';
import { entityName } from './names';

const PART_OF = 'app.kubernetes.io/part-of';

/** A System the mapping emits. */
export interface SystemGroup {
  name: string;
  title: string;
  description: string;
  /** What groups its services. */
  by: 'repository' | 'application' | 'namespace';
}

/**
 * Groups services into Systems:
 *
 * 1. an application group: services whose objects carry the same
 *    `app.kubernetes.io/part-of` label, when two or more do;
 * 2. a namespace group: services that share a namespace, when two or more do (the
 *    domain namespaces of seed 003, such as `media` and `ai`);
 * 3. the repository's System (named by the repository id) for every other service
 *    (seed 000 gives every app its own namespace: one System per app would be noise).
 *
 * Group Systems are named `<repository id>-<group>` so that two repositories never
 * emit the same System. A service's own catalog-info.yaml `spec.system` wins over all.
 */
export function groupSystems(
  services: ServiceModel[],
  repositoryId: string,
): { systems: SystemGroup[]; systemOf: Map<string, string> } {
  const repository: SystemGroup = {
    name: entityName(repositoryId),
    title: `GitOps repository ${repositoryId}`,
    description: `The services of the GitOps repository ${repositoryId}.`,
    by: 'repository',
  };
  const partOf = (s: ServiceModel) =>
    s.owners.find(h => h.key === PART_OF)?.value;
  const count = (values: (string | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const applications = count(services.map(partOf));
  const inApplication = (s: ServiceModel) =>
    (applications.get(partOf(s) ?? '') ?? 0) >= 2;
  // Namespaces are counted over the services no application group takes.
  const namespaces = count(
    services.filter(s => !inApplication(s)).map(s => s.namespace),
  );

  const systems = new Map<string, SystemGroup>([[repository.name, repository]]);
  const systemOf = new Map<string, string>();
  const group = (by: 'application' | 'namespace', value: string) => {
    const name = entityName(`${repositoryId}-${value}`);
    if (!systems.has(name)) {
      systems.set(name, {
        name,
        title: by === 'application' ? value : `${value} namespace`,
        description:
          by === 'application'
            ? `The services labelled app.kubernetes.io/part-of=${value} in the GitOps repository ${repositoryId}.`
            : `The services of namespace ${value} in the GitOps repository ${repositoryId}.`,
        by,
      });
    }
    return name;
  };
  for (const service of services) {
    if (inApplication(service)) {
      systemOf.set(service.id, group('application', partOf(service)!));
    } else if (
      service.namespace &&
      (namespaces.get(service.namespace) ?? 0) >= 2
    ) {
      systemOf.set(service.id, group('namespace', service.namespace));
    } else {
      systemOf.set(service.id, repository.name);
    }
  }
  return { systems: [...systems.values()], systemOf };
}
