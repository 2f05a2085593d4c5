import { InputError } from '@backstage/errors';
import { Document, isMap, isScalar, parseDocument, Scalar } from 'yaml';

/** A Kubernetes object (or any YAML mapping) as plain data. */
export type YamlObject = Record<string, unknown>;

/** A comment to put after the scalar at a dotted path of an object. */
export interface TrailingComment {
  path: (string | number)[];
  comment: string;
}

const TO_STRING = { lineWidth: 0, indentSeq: true } as const;

/**
 * One YAML document from an object, with optional comments: `header` above it and
 * trailing comments on scalars (the update-bot's `# renovate:` comment on a tag).
 */
export function objectToDocument(
  object: YamlObject,
  options: { header?: string; trailing?: TrailingComment[] } = {},
): Document {
  // YAML 1.1 quoting: Kubernetes' parsers read a bare yes/no/on as booleans.
  const doc = new Document(object, { aliasDuplicateObjects: false, version: '1.1' });
  if (options.header) doc.commentBefore = ` ${options.header}`;
  for (const { path, comment } of options.trailing ?? []) {
    const node = doc.getIn(path, true);
    if (!isScalar(node)) {
      throw new Error(`No scalar at ${path.join('.')} to comment on`);
    }
    (node as Scalar).comment = ` ${comment}`;
  }
  return doc;
}

/**
 * Serializes documents as one multi-document YAML file, each document starting
 * with `---`.
 */
export function documentsToYaml(docs: Document[]): string {
  return docs
    .map(doc => `---\n${doc.toString(TO_STRING)}`)
    .join('');
}

/** Serializes a single document without a leading `---` (kustomization.yaml style). */
export function documentToYaml(doc: Document): string {
  return doc.toString(TO_STRING);
}

/**
 * Parses a file for editing, keeping comments and order. Throws with the file's path
 * when it is not valid YAML or not a mapping.
 */
export function parseForEdit(path: string, text: string): Document {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    throw new InputError(
      `${path} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`,
    );
  }
  if (!isMap(doc.contents)) {
    throw new InputError(`${path} is not valid YAML: the document is not a mapping`);
  }
  return doc;
}
