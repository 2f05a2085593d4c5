/**
 * A companion folder is part of the app it serves. klaster lists `apps/crawl4ai` and
 * `apps/crawl4ai-proxy` side by side: the proxy's folder has no namespace of its own, runs
 * in `crawl4ai`'s namespace and calls `crawl4ai.crawl4ai.svc.cluster.local`. A sibling
 * folder `<app>-<suffix>` of an app folder joins that app's service when all three hold:
 *
 * - both folders were cut from the same registering folder, neither by an entry of its own
 *   (a Flux Kustomization or Argo CD Application per folder keeps them apart);
 * - every workload of the companion runs in the app's namespace, and the companion defines
 *   no Namespace;
 * - the companion's objects call the app by its in-cluster name (`<app>`, `<app>.<ns>`,
 *   `<app>.<ns>.svc[.cluster.local]`, or a Service of the app).
 *
 * Two instances of one app (`radarr`, `radarr-4k`) do not call each other, and stay apart.
 */
import { Instance } from './instances';
import { isHelmRelease, isKind, isPodController } from './objects';
import { collectStrings } from './podSpec';
import { baseName } from './repoPaths';
import { deploysSomething, ServiceGroup } from './serviceGroup';
import { dirOf } from '../tree/paths';

function workloadNamespaces(group: ServiceGroup): Set<string | undefined> {
  return new Set(
    group.instances
      .filter(i => isWorkloadInstance(i))
      .map(i => i.releaseNamespace ?? i.namespace),
  );
}

function isWorkloadInstance(instance: Instance): boolean {
  return isPodController(instance.object) || isHelmRelease(instance.object);
}

/** The one namespace all of a group's workloads run in. */
function onlyNamespace(group: ServiceGroup): string | undefined {
  const namespaces = workloadNamespaces(group);
  if (namespaces.size !== 1) return undefined;
  return [...namespaces][0];
}

/** Host names of a string that is a URL or `host[:port]`. */
function hostOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)
    ? trimmed
    : `tcp://${trimmed}`;
  try {
    return new URL(withScheme).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

function callsApp(
  companion: ServiceGroup,
  names: Set<string>,
  namespace: string,
): boolean {
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(name);
    hosts.add(`${name}.${namespace}`);
    hosts.add(`${name}.${namespace}.svc`);
    hosts.add(`${name}.${namespace}.svc.cluster.local`);
  }
  return companion.instances.some(instance =>
    collectStrings(instance.object.spec).some(text => {
      const host = hostOf(text);
      return host !== undefined && hosts.has(host);
    }),
  );
}

/** Moves the objects of companion folders into the service of the app they serve. */
export function joinCompanionFolders(groups: ServiceGroup[]): ServiceGroup[] {
  // The groups cut from each unit: a candidate is the only one of its unit.
  const perUnit = new Map<ServiceGroup['unit'], number>();
  for (const g of groups) perUnit.set(g.unit, (perUnit.get(g.unit) ?? 0) + 1);
  const candidates = groups.filter(
    g =>
      g.main &&
      !g.unit.singleFile &&
      g.unit.splitFrom !== undefined &&
      g.unit.entries.length === 0 &&
      perUnit.get(g.unit) === 1,
  );
  const byFolder = new Map(candidates.map(g => [g.unit.folder, g]));
  const joined = new Set<ServiceGroup>();
  for (const companion of candidates) {
    const folder = companion.unit.folder;
    const name = baseName(folder);
    const parent = dirOf(folder);
    if (!deploysSomething(companion)) continue;
    if (companion.instances.some(i => isKind(i.object, 'Namespace'))) continue;
    // The longest sibling folder whose name the companion's name extends.
    const parts = name.split('-');
    let owner: ServiceGroup | undefined;
    for (let n = parts.length - 1; n >= 1 && !owner; n--) {
      const sibling = byFolder.get(
        `${parent ? `${parent}/` : ''}${parts.slice(0, n).join('-')}`,
      );
      if (
        sibling &&
        sibling !== companion &&
        !joined.has(sibling) &&
        sibling.unit.splitFrom === companion.unit.splitFrom
      )
        owner = sibling;
    }
    if (!owner) continue;
    const namespace = onlyNamespace(owner);
    if (namespace === undefined || onlyNamespace(companion) !== namespace)
      continue;
    const names = new Set([
      baseName(owner.unit.folder),
      ...owner.instances
        .filter(i => i.object.kind === 'Service' && i.object.metadata.name)
        .map(i => i.object.metadata.name!),
    ]);
    if (!callsApp(companion, names, namespace)) continue;
    owner.instances.push(...companion.instances);
    owner.helmSources.push(...companion.helmSources);
    owner.companions = [...(owner.companions ?? []), companion.unit];
    joined.add(companion);
  }
  return groups.filter(g => !joined.has(g));
}
