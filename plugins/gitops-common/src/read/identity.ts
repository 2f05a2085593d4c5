/**
 * One app folder can hold several services. The folder's workloads say so:
 *
 * - explicitly, when they carry different `backstage.io/kubernetes-id` labels (one
 *   service per label value; one shared value names the folder's service);
 * - structurally, when nothing ties them together (no kubernetes-id, no common
 *   `app.kubernetes.io/name` / `part-of` label from the kustomization or on the pods)
 *   and each pod controller sits in its own file of the same folder with its own identity label
 *   (`app` / `app.kubernetes.io/name`), one of them being the folder's namesake (named
 *   like the folder, or selected by a Service named like it). The others become
 *   services of their own (klaster `apps/llama`: llama-swap is `llama`, plus
 *   `llama-proxy` and `kokoro`).
 *
 * Other objects follow the workload that uses them (see {@link GroupIndex}), then the
 * file they share with it, else the folder's service.
 */
import { KUBERNETES_ID_LABEL } from '../render/objects';
import { dirOf } from '../tree/paths';
import { Instance } from './instances';
import {
  isHelmRelease,
  isPodController,
  podLabelsOf,
  stringMap,
} from './objects';
import { GroupIndex, ServiceGroup } from './serviceGroup';
import { UnitDraft } from './unitDraft';

const IDENTITY_LABELS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/instance',
  'app',
];

function isWorkload(instance: Instance): boolean {
  return isPodController(instance.object) || isHelmRelease(instance.object);
}

/** The kubernetes-id label of a workload (object or pod template). */
export function kubernetesIdOf(instance: Instance): string | undefined {
  const own = stringMap(instance.object.metadata.labels)[KUBERNETES_ID_LABEL];
  if (own) return own;
  return isPodController(instance.object)
    ? podLabelsOf(instance.object)[KUBERNETES_ID_LABEL]
    : undefined;
}

function podIdentity(instance: Instance): string {
  const labels = podLabelsOf(instance.object);
  return (
    labels['app.kubernetes.io/name'] ??
    labels.app ??
    labels['app.kubernetes.io/instance'] ??
    instance.object.metadata.name ??
    ''
  );
}

/**
 * HelmReleases only, each in its own file, none named like the folder's service and no
 * two sharing a name's first word (`cert-manager.yaml` and `envoy-gateway.yaml` of one
 * `infrastructure/controllers`, not `minecraft-survival` and `minecraft-creative`):
 * unrelated releases listed together, one service each.
 */
function separateReleases(
  workloads: Instance[],
  baseId: string,
): Map<Instance, string> | undefined {
  if (workloads.length < 2 || !workloads.every(w => isHelmRelease(w.object)))
    return undefined;
  const names = workloads.map(w => w.object.metadata.name ?? '');
  const firstWords = new Set(names.map(n => n.split('-')[0]));
  const files = new Set(workloads.map(w => w.file));
  if (
    names.includes(baseId) ||
    names.includes('') ||
    firstWords.size !== names.length ||
    files.size !== workloads.length
  )
    return undefined;
  return new Map(workloads.map((w, i) => [w, names[i]]));
}

/** Workload → group id, or undefined when the unit stays one service. */
function assignments(
  unit: UnitDraft,
  baseId: string,
  workloads: Instance[],
): Map<Instance, string> | undefined {
  const ids = new Set(
    workloads.map(kubernetesIdOf).filter((v): v is string => !!v),
  );
  if (ids.size >= 2) {
    return new Map(workloads.map(w => [w, kubernetesIdOf(w) ?? baseId]));
  }
  if (ids.size === 1) return undefined;
  const releases = separateReleases(workloads, baseId);
  if (releases) return releases;
  const controllers = workloads.filter(w => isPodController(w.object));
  if (controllers.length < 2 || controllers.length !== workloads.length)
    return undefined;
  if (new Set(controllers.map(w => dirOf(w.file))).size > 1) return undefined;
  if (
    unit.instances.some(i =>
      IDENTITY_LABELS.some(label => label !== 'app' && i.labels[label]),
    )
  )
    return undefined;
  const partOf = new Set(
    controllers.map(
      w =>
        podLabelsOf(w.object)['app.kubernetes.io/part-of'] ??
        stringMap(w.object.metadata.labels)['app.kubernetes.io/part-of'] ??
        '',
    ),
  );
  if (partOf.size === 1 && !partOf.has('')) return undefined;
  const identity = new Map(controllers.map(w => [w, podIdentity(w)]));
  const distinct = new Set(identity.values());
  if (distinct.size < 2) return undefined;
  const fileOwners = new Map<string, Set<string>>();
  for (const [w, id] of identity)
    fileOwners.set(w.file, new Set([...(fileOwners.get(w.file) ?? []), id]));
  if ([...fileOwners.values()].some(set => set.size > 1)) return undefined;
  const namesakeService = unit.instances.find(
    i => i.object.kind === 'Service' && i.object.metadata.name === baseId,
  );
  const selector = stringMap(
    (namesakeService?.object.spec as { selector?: unknown } | undefined)
      ?.selector,
  );
  const namesake =
    controllers.find(w => w.object.metadata.name === baseId) ??
    (Object.keys(selector).length
      ? controllers.find(w =>
          Object.entries(selector).every(
            ([k, v]) => podLabelsOf(w.object)[k] === v,
          ),
        )
      : undefined);
  if (!namesake) return undefined;
  const namesakeId = identity.get(namesake)!;
  // A one-off Job beside the app (a migration, a bootstrap) is part of the app.
  return new Map(
    [...identity].map(([w, id]) => [
      w,
      id === namesakeId || w.object.kind === 'Job' ? baseId : id,
    ]),
  );
}

/** Splits a unit into its services (usually one). */
export function splitUnit(unit: UnitDraft, baseId: string): ServiceGroup[] {
  const workloads = unit.instances.filter(isWorkload);
  const single = (id: string): ServiceGroup[] => [
    {
      id,
      unit,
      instances: [...unit.instances],
      helmSources: [...unit.helmSources],
      main: true,
    },
  ];
  const explicit = new Set(
    workloads.map(kubernetesIdOf).filter((v): v is string => !!v),
  );
  const assigned = assignments(unit, baseId, workloads);
  if (!assigned) return single(explicit.size === 1 ? [...explicit][0] : baseId);

  const groups = new Map<string, ServiceGroup>();
  const groupFor = (id: string) => {
    let group = groups.get(id);
    if (!group) {
      group = { id, unit, instances: [], helmSources: [], main: id === baseId };
      groups.set(id, group);
    }
    return group;
  };
  const main = groupFor(baseId);
  main.helmSources.push(...unit.helmSources);
  for (const [workload, id] of assigned) groupFor(id).instances.push(workload);

  const byFile = new Map<string, Set<ServiceGroup>>();
  const place = (instance: Instance, group: ServiceGroup) => {
    group.instances.push(instance);
    byFile.set(
      instance.file,
      new Set([...(byFile.get(instance.file) ?? []), group]),
    );
  };
  for (const group of groups.values()) {
    for (const w of group.instances)
      byFile.set(w.file, new Set([...(byFile.get(w.file) ?? []), group]));
  }
  // Objects beside one service's workloads, and Services by the pods they select, first:
  // routes are then placed by the Service they point at.
  const workloadIndex = new GroupIndex([...groups.values()]);
  let pending: Instance[] = [];
  for (const instance of unit.instances) {
    if (assigned.has(instance)) continue;
    const sharing = byFile.get(instance.file);
    let owner: ServiceGroup | undefined;
    if (sharing?.size === 1) owner = [...sharing][0];
    else if (instance.object.kind === 'Service')
      owner = workloadIndex.serviceOwner(instance);
    if (owner) place(instance, owner);
    else pending.push(instance);
  }
  const index = new GroupIndex([...groups.values()]);
  const fallback: Instance[] = [];
  for (const instance of pending) {
    const owner = index.ownerOf(instance);
    if (owner) place(instance, owner);
    else fallback.push(instance);
  }
  pending = fallback;
  for (const instance of pending) {
    const sharing = byFile.get(instance.file);
    (sharing?.size === 1 ? [...sharing][0] : main).instances.push(instance);
  }
  return [...groups.values()];
}
