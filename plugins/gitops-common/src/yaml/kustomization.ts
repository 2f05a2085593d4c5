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
