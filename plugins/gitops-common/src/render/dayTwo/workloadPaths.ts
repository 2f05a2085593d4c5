import { parseAllDocuments } from 'yaml';
import { ServiceWorkload } from '../../read/types';

/** A path into one document of a file, for the splice edits. */
export interface DocumentPath {
  document: number;
  path: (string | number)[];
  /** The value there now. */
  value: unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The workload's object in its file: which document, and the object as plain data. */
export function workloadDocument(text: string, workload: ServiceWorkload): { document: number; object: Json } | undefined {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  for (let i = 0; i < list.length; i++) {
    const object = list[i].toJS() as unknown;
    if (!isObject(object)) continue;
    const meta = object.metadata as Json | undefined;
    if (object.kind === workload.kind && meta?.name === workload.name) return { document: i, object };
  }
  return undefined;
}

/** Where a pod controller's pod spec is. */
export function podSpecPath(kind: string): string[] | undefined {
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(kind)) return ['spec', 'template', 'spec'];
  return undefined;
}

export function valueAt(object: unknown, path: readonly (string | number)[]): unknown {
  let node = object;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

/** An image reference split into repository and tag (a digest is kept apart). */
export function splitImage(ref: string): { repository: string; tag?: string; digest?: string } {
  const [name, digest] = ref.split('@');
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) return { repository: name.slice(0, colon), tag: name.slice(colon + 1), digest };
  return { repository: name, digest };
}

/** One place an image is set: a whole `repo:tag` string, or the `tag` beside a `repository`. */
export interface ImageSite {
  repository: string;
  tag?: string;
  digest?: string;
  /** The path of the scalar that holds the tag (`whole`: the whole reference). */
  path: (string | number)[];
  whole: boolean;
}

/** The images of a pod spec's containers and init containers. */
export function podSpecImages(object: Json, base: string[]): ImageSite[] {
  const sites: ImageSite[] = [];
  for (const list of ['initContainers', 'containers']) {
    const containers = valueAt(object, [...base, list]);
    if (!Array.isArray(containers)) continue;
    containers.forEach((c, i) => {
      if (isObject(c) && typeof c.image === 'string') {
        sites.push({ ...splitImage(c.image), path: [...base, list, i, 'image'], whole: true });
      }
    });
  }
  return sites;
}

/**
 * The images of Helm values: each mapping with a `repository` (and `registry`) and a
 * `tag`, and each `image: repo:tag` string, anywhere under `base`.
 */
export function valuesImages(object: Json, base: string[]): ImageSite[] {
  const sites: ImageSite[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.repository === 'string' && (typeof node.tag === 'string' || typeof node.tag === 'number')) {
      const registry = typeof node.registry === 'string' && node.registry ? `${node.registry}/` : '';
      sites.push({ repository: `${registry}${node.repository}`, tag: String(node.tag), path: [...path, 'tag'], whole: false });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'image' && typeof value === 'string' && value.includes(':')) {
        sites.push({ ...splitImage(value), path: [...path, key], whole: true });
      } else walk(value, [...path, key]);
    }
  };
  walk(valueAt(object, base), base);
  return sites;
}
