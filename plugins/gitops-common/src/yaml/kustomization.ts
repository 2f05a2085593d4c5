import { Document, isSeq, YAMLSeq } from 'yaml';
import { documentToYaml, objectToDocument, parseForEdit } from './documents';

/** A new `kustomization.yaml` listing `resources` in the given order. */
export function newKustomization(
  resources: string[],
  extra: Record<string, unknown> = {},
): string {
  return documentToYaml(
    objectToDocument({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      ...extra,
      resources,
    }),
  );
}

/**
 * Appends entries to a kustomization's `resources`, keeping comments, order and the
 * entries already there. Entries already listed are not added twice.
 */
export function addKustomizationResources(
  path: string,
  text: string,
  entries: string[],
): string {
  const doc = parseForEdit(path, text);
  return documentToYaml(appendToSeq(doc, ['resources'], entries));
}

/** Appends scalars to the sequence at `key` (created if absent), skipping duplicates. */
export function appendToSeq(
  doc: Document,
  key: string[],
  entries: string[],
): Document {
  let seq = doc.getIn(key, true);
  if (seq === undefined || seq === null) {
    doc.setIn(key, doc.createNode([]));
    seq = doc.getIn(key, true);
  }
  if (!isSeq(seq)) {
    throw new Error(`${key.join('.')} is not a list`);
  }
  const present = new Set((seq as YAMLSeq).items.map(item => String((item as { value?: unknown }).value ?? item)));
  for (const entry of entries) {
    if (!present.has(entry)) {
      (seq as YAMLSeq).add(doc.createNode(entry));
      present.add(entry);
    }
  }
  return doc;
}

/** Entries of the same shape: as many segments, the same last segment for files (`./x/ks.yaml`), folders for folders. */
function sameShape(a: string, b: string): boolean {
  const pa = a.split('/');
  const pb = b.split('/');
  const file = (p: string[]) => /\.ya?ml$/.test(p[p.length - 1]);
  if (pa.length !== pb.length || file(pa) !== file(pb)) return false;
  return !file(pa) || pa[pa.length - 1] === pb[pb.length - 1];
}

/**
 * Adds entries to a kustomization's `resources` where they belong: among the entries of
 * the same shape in order when those are sorted (as many repositories keep them), else
 * at the end. Comments are kept.
 */
export function insertKustomizationResources(path: string, text: string, entries: string[]): string {
  const doc = parseForEdit(path, text);
  const seq = doc.getIn(['resources'], true);
  if (!isSeq(seq)) return documentToYaml(appendToSeq(doc, ['resources'], entries));
  const items = (seq as YAMLSeq).items;
  const values = items.map(item => String((item as { value?: unknown }).value ?? item));
  for (const entry of entries) {
    if (values.includes(entry)) continue;
    const peers = values.map((v, i) => ({ v, i })).filter(({ v }) => sameShape(v, entry));
    const sorted = peers.every((p, k) => k === 0 || peers[k - 1].v <= p.v);
    let index = values.length;
    if (peers.length && sorted) {
      const after = peers.find(p => p.v > entry);
      index = after ? after.i : peers[peers.length - 1].i + 1;
    }
    items.splice(index, 0, doc.createNode(entry));
    values.splice(index, 0, entry);
  }
  return documentToYaml(doc);
}
