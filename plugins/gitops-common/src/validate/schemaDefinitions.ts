import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { OpenApiDoc } from './compileSchema';
import { SchemaFile } from './schemaFiles';

/** One version of a CustomResourceDefinition. */
export interface CrdVersion {
  name: string;
  served: boolean;
  deprecated: boolean;
  schema: unknown;
}

export interface CrdDefinition {
  file: SchemaFile;
  group: string;
  kind: string;
  scope?: string;
  versions: CrdVersion[];
}

/** A built-in kind: a schema of an OpenAPI document with `x-kubernetes-group-version-kind`. */
export interface BuiltinDefinition {
  doc: OpenApiDoc;
  schemaName: string;
  group: string;
  version: string;
  kind: string;
}

export interface FileDefinitions {
  crds: CrdDefinition[];
  openApi?: OpenApiDoc;
  builtins: BuiltinDefinition[];
}

const isObject = (v: unknown): v is Record<string, any> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function crdFrom(doc: unknown, file: SchemaFile): CrdDefinition | undefined {
  if (
    !isObject(doc) ||
    doc.kind !== 'CustomResourceDefinition' ||
    !isObject(doc.spec)
  )
    return undefined;
  const { group, names, versions, scope } = doc.spec;
  if (
    typeof group !== 'string' ||
    !isObject(names) ||
    typeof names.kind !== 'string'
  )
    return undefined;
  return {
    file,
    group,
    kind: names.kind,
    scope: typeof scope === 'string' ? scope : undefined,
    versions: (Array.isArray(versions) ? versions : [])
      .filter(isObject)
      .map(v => ({
        name: String(v.name),
        served: v.served !== false,
        deprecated: v.deprecated === true,
        schema: isObject(v.schema) ? v.schema.openAPIV3Schema : undefined,
      })),
  };
}

function builtinsFrom(doc: OpenApiDoc): BuiltinDefinition[] {
  const out: BuiltinDefinition[] = [];
  for (const [schemaName, schema] of Object.entries(doc.schemas)) {
    const gvks = isObject(schema)
      ? schema['x-kubernetes-group-version-kind']
      : undefined;
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks.filter(isObject)) {
      out.push({
        doc,
        schemaName,
        group: String(gvk.group ?? ''),
        version: String(gvk.version),
        kind: String(gvk.kind),
      });
    }
  }
  return out;
}

/** Parses a schema file: CRDs (YAML or JSON, possibly several per file) or an OpenAPI v3 document. */
export function readDefinitions(file: SchemaFile): FileDefinitions {
  const text = readFileSync(file.path, 'utf8');
  let docs: unknown[];
  if (file.format === 'json') {
    docs = [JSON.parse(text)];
  } else {
    docs = parseAllDocuments(text, { uniqueKeys: false }).map(d =>
      d.toJS({ maxAliasCount: -1 }),
    );
  }
  const result: FileDefinitions = { crds: [], builtins: [] };
  for (const doc of docs) {
    if (
      isObject(doc) &&
      isObject(doc.components) &&
      isObject(doc.components.schemas)
    ) {
      result.openApi = { file: file.path, schemas: doc.components.schemas };
      result.builtins.push(...builtinsFrom(result.openApi));
      continue;
    }
    const items =
      isObject(doc) &&
      doc.kind === 'CustomResourceDefinitionList' &&
      Array.isArray(doc.items)
        ? doc.items
        : [doc];
    for (const item of items) {
      const crd = crdFrom(item, file);
      if (crd) result.crds.push(crd);
    }
  }
  return result;
}
