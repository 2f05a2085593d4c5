import { dirOf } from '../tree/paths';
import { arr, rec, str, stringMap } from './objects';
import { ImageOverride, readImageOverrides } from './kustomizeImages';
import { isRemote, joinPath } from './repoPaths';
import { kustomizationFileOf, RepoIndex } from './repoIndex';

/** A kustomize resource or component, resolved against the repository. */
export type KustomizeRef =
  | { type: 'file'; path: string }
  | { type: 'dir'; path: string }
  | { type: 'missing'; path: string; written: string };

/** What the reader needs of a `kustomization.yaml`. */
export interface KustomizationInfo {
  file: string;
  dir: string;
  resources: KustomizeRef[];
  components: KustomizeRef[];
  namespace?: string;
  /** `commonLabels` and `labels[].pairs`. */
  labels: Record<string, string>;
  /** `images:` overrides. */
  images: ImageOverride[];
  /** `namePrefix` / `nameSuffix`. */
  namePrefix?: string;
  nameSuffix?: string;
}

function resolve(
  index: RepoIndex,
  dir: string,
  written: string,
): KustomizeRef | undefined {
  if (isRemote(written)) return undefined;
  const path = joinPath(dir, written);
  if (path === undefined) return { type: 'missing', path: written, written };
  if (index.files.has(path) || index.tree.read(path) !== undefined)
    return { type: 'file', path };
  if (index.dirFiles.has(path) || index.dirChildren.has(path))
    return { type: 'dir', path };
  return { type: 'missing', path, written };
}

function refs(index: RepoIndex, dir: string, list: unknown[]): KustomizeRef[] {
  const out: KustomizeRef[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const ref = resolve(index, dir, item);
    if (ref) out.push(ref);
  }
  return out;
}

const cache = new WeakMap<
  RepoIndex,
  Map<string, KustomizationInfo | undefined>
>();

/** The kustomization of a folder, or undefined when it has none. Cached per index. */
export function readKustomization(
  index: RepoIndex,
  dir: string,
): KustomizationInfo | undefined {
  let perIndex = cache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    cache.set(index, perIndex);
  }
  if (perIndex.has(dir)) return perIndex.get(dir);
  const file = kustomizationFileOf(index, dir);
  let info: KustomizationInfo | undefined;
  if (file) {
    const value = index.files.get(file)?.docs[0]?.value;
    const labels: Record<string, string> = {};
    for (const entry of arr(value, 'labels'))
      Object.assign(labels, stringMap(rec(entry, 'pairs')));
    Object.assign(labels, stringMap(rec(value, 'commonLabels')));
    info = {
      file,
      dir: dirOf(file),
      resources: refs(index, dir, [
        ...arr(value, 'resources'),
        ...arr(value, 'bases'),
      ]),
      components: refs(index, dir, arr(value, 'components')),
      namespace: str(value, 'namespace'),
      labels,
      images: readImageOverrides(value),
      namePrefix: str(value, 'namePrefix'),
      nameSuffix: str(value, 'nameSuffix'),
    };
  }
  perIndex.set(dir, info);
  return info;
}
