/**
 * Where one service ends and the next begins. The rules, in order:
 *
 * 1. An entry (Flux Kustomization, Argo CD Application) whose files deploy further
 *    entries is an aggregator (app of apps, `cluster-apps`): never a service itself.
 * 2. A leaf entry defined in a file whose folder holds the deployed path is one app
 *    folder with all its entries (Flux `plex/ks.yaml` → `plex/app`, `plex/tools`).
 * 3. Leaf entries whose paths are variants under a folder named like all of them
 *    (`portfolio/prod`, `portfolio/staging` for Applications `portfolio`,
 *    `portfolio-staging`) share that folder.
 * 4. Otherwise a deployed folder is an app folder, unless it only registers others:
 *    its kustomization lists sub-folders (or files in sub-folders) and no workload of
 *    its own, or, without a kustomization, it holds no manifests of its own. Then each
 *    listed sub-folder (or the topmost sub-folders holding manifests) is an app folder,
 *    and several files listed from one sub-folder (`controllers/x.yaml`) are one
 *    service each.
 */
import { dirOf } from '../tree/paths';
import { Entry } from './entries';
import {
  asK8sObject,
  isEntryObject,
  isHelmRelease,
  isPodController,
  isScaffolding,
} from './objects';
import { KustomizationInfo, readKustomization } from './kustomizationFile';
import { baseName, isUnder } from './repoPaths';
import { RepoIndex } from './repoIndex';
import { isYamlPath } from './yamlFile';

/** YAML files directly in a folder. */
export function yamlFilesIn(index: RepoIndex, dir: string): string[] {
  return (index.dirFiles.get(dir) ?? []).filter(
    p => isYamlPath(p) && index.files.has(p),
  );
}

/** Whether a file defines something beyond scaffolding (namespaces, engine objects, sources). */
export function definesApp(index: RepoIndex, file: string): boolean {
  const parsed = index.files.get(file);
  if (!parsed) return false;
  return parsed.docs.some(doc => {
    const object = asK8sObject(doc.value);
    return object !== undefined && !isScaffolding(object);
  });
}

/** Whether a file holds an engine object. */
export function definesEntry(index: RepoIndex, file: string): boolean {
  const parsed = index.files.get(file);
  if (!parsed) return false;
  return parsed.docs.some(doc => {
    const object = asK8sObject(doc.value);
    return object !== undefined && isEntryObject(object);
  });
}

/** Every file an engine would read from a folder (kustomize graph, or the folder's files). */
export function reachableFiles(
  index: RepoIndex,
  dir: string,
  recurse: boolean,
  seen = new Set<string>(),
): string[] {
  if (seen.has(dir)) return [];
  seen.add(dir);
  const kustomization = readKustomization(index, dir);
  const files: string[] = [];
  if (kustomization) {
    files.push(kustomization.file);
    for (const ref of [
      ...kustomization.resources,
      ...kustomization.components,
    ]) {
      if (ref.type === 'file') files.push(ref.path);
      else if (ref.type === 'dir')
        files.push(...reachableFiles(index, ref.path, recurse, seen));
    }
    return files;
  }
  files.push(...yamlFilesIn(index, dir));
  if (recurse) {
    for (const sub of index.dirChildren.get(dir) ?? []) {
      if (!index.chartDirs.has(sub))
        files.push(...reachableFiles(index, sub, recurse, seen));
    }
  }
  return files;
}

/** Rule 1: whether an entry deploys other entries. */
export function isAggregator(index: RepoIndex, entry: Entry): boolean {
  return entry.roots.some(root =>
    reachableFiles(index, root, entry.recurse).some(
      file => file !== entry.file && definesEntry(index, file),
    ),
  );
}

/** Rule 4: whether a deployed folder only registers others. */
export function registersOthers(
  index: RepoIndex,
  dir: string,
  recurse: boolean,
): boolean {
  const kustomization = readKustomization(index, dir);
  if (kustomization) {
    const nested = kustomization.resources.some(
      ref =>
        ref.type !== 'missing' &&
        ref.path !== dir &&
        isUnder(ref.path, dir) &&
        (ref.type === 'dir' || dirOf(ref.path) !== dir),
    );
    const ownApp = kustomization.resources.some(
      ref =>
        ref.type === 'file' &&
        dirOf(ref.path) === dir &&
        definesApp(index, ref.path),
    );
    return nested && !ownApp && !splitByKind(index, dir, kustomization);
  }
  const ownApp = yamlFilesIn(index, dir).some(file => definesApp(index, file));
  return !ownApp && recurse && (index.dirChildren.get(dir) ?? []).length > 0;
}

/**
 * A kustomization listing the files of one sub-folder where some files hold no workload
 * of their own (`base/carts-dep.yaml`, `base/carts-svc.yaml`, …): one app whose objects are
 * filed by kind, not a folder of apps.
 */
function splitByKind(
  index: RepoIndex,
  dir: string,
  kustomization: KustomizationInfo,
): boolean {
  const files = kustomization.resources.filter(
    ref => ref.type === 'file' && dirOf(ref.path) !== dir,
  );
  if (files.length < 2 || files.length !== kustomization.resources.length)
    return false;
  if (new Set(files.map(ref => dirOf(ref.path))).size !== 1) return false;
  return files.some(ref => !definesWorkload(index, ref.path));
}

function definesWorkload(index: RepoIndex, file: string): boolean {
  return (index.files.get(file)?.docs ?? []).some(doc => {
    const object = asK8sObject(doc.value);
    return !!object && (isPodController(object) || isHelmRelease(object));
  });
}

function startsWithName(name: string, prefix: string): boolean {
  return name === prefix || name.startsWith(`${prefix}-`);
}

/**
 * Rules 2 and 3: the app folder fixed by where a leaf entry is defined, or by the
 * variant folders it shares with its siblings; undefined when neither applies.
 */
export function fixedAppFolder(
  index: RepoIndex,
  entry: Entry,
  leafEntries: Entry[],
): string | undefined {
  if (!entry.roots.length) return undefined;
  const home = dirOf(entry.file);
  if (
    home !== '' &&
    entry.generatedBy === undefined &&
    entry.roots.every(root => root !== home && isUnder(root, home))
  )
    return home;
  if (entry.roots.length !== 1 || entry.cluster !== undefined) return undefined;
  const parent = dirOf(entry.roots[0]);
  const name = baseName(parent);
  if (parent === '' || !startsWithName(entry.name, name)) return undefined;
  if (yamlFilesIn(index, parent).length > 0) return undefined;
  const under = leafEntries.filter(e =>
    e.roots.some(root => isUnder(root, parent)),
  );
  if (
    under.some(e => e.roots.includes(parent) || !startsWithName(e.name, name))
  )
    return undefined;
  return parent;
}
