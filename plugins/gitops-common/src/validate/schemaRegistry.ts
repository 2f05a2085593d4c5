import path from 'node:path';
import {
  OpenApiDoc,
  relax,
  ResolvedRef,
  SchemaCompiler,
} from './compileSchema';
import { decorateBuiltin, OBJECT_META_SCHEMA } from './decorateBuiltins';
import {
  BuiltinDefinition,
  CrdDefinition,
  FileDefinitions,
  readDefinitions,
} from './schemaDefinitions';
import { SchemaFile } from './schemaFiles';
import { SchemaNode } from './schemaNode';

export type SchemaLookup =
  | { ok: true; group: string; version: string; kind: string; root: SchemaNode }
  | { ok: false; message: string };

const REF_PREFIX = '#/components/schemas/';
const STRING_NODE: SchemaNode = {
  types: ['string'],
  additionalProperties: true,
};

/**
 * Finds and compiles the schema of an apiVersion/kind on first use, then caches it.
 * Files are parsed only when their text mentions the requested kind and group.
 *
 * When several CRD files define the same group and kind (e.g. a `legacy-betas/` copy next to the
 * current CRDs), the one closest to the schema folder wins, then the first by path: CRDs of one
 * group/kind are never mixed.
 */
export class SchemaRegistry {
  private readonly definitions = new Map<string, FileDefinitions | Error>();
  private readonly lookups = new Map<string, SchemaLookup>();
  private readonly compiler: SchemaCompiler;
  private objectMetaNode?: SchemaNode;

  constructor(private readonly files: SchemaFile[]) {
    this.compiler = new SchemaCompiler({
      resolveRef: (doc, ref) => this.resolveRef(doc, ref),
      objectMeta: () => this.objectMeta(),
      decorate: decorateBuiltin,
    });
  }

  lookup(apiVersion: string, kind: string): SchemaLookup {
    const key = `${apiVersion}\n${kind}`;
    let result = this.lookups.get(key);
    if (!result) {
      result = this.find(apiVersion, kind);
      this.lookups.set(key, result);
    }
    return result;
  }

  private find(apiVersion: string, kind: string): SchemaLookup {
    const parts = apiVersion.split('/');
    const noSchema = `no schema for ${apiVersion} ${kind}`;
    if (parts.length > 2 || parts.some(p => p === '')) {
      return {
        ok: false,
        message: `${noSchema} (apiVersion must be "version" or "group/version")`,
      };
    }
    const [group, version] = parts.length === 2 ? parts : ['', parts[0]];
    const candidates = this.files.filter(
      f => f.kinds.has(kind) && f.groups.has(group),
    );
    const builtins: BuiltinDefinition[] = [];
    const crds: CrdDefinition[] = [];
    const errors: string[] = [];
    for (const file of candidates) {
      const defs = this.read(file);
      if (defs instanceof Error) {
        errors.push(`${file.relativePath}: ${defs.message}`);
        continue;
      }
      builtins.push(
        ...defs.builtins.filter(b => b.group === group && b.kind === kind),
      );
      crds.push(...defs.crds.filter(c => c.group === group && c.kind === kind));
    }
    const unreadable = errors.length
      ? `; unreadable schema files: ${errors.join(', ')}`
      : '';

    const builtin = builtins
      .filter(b => b.version === version)
      .sort(
        (a, b) =>
          Number(b.schemaName.endsWith(`.${kind}`)) -
          Number(a.schemaName.endsWith(`.${kind}`)),
      )[0];
    if (builtin) {
      return {
        ok: true,
        group,
        version,
        kind,
        root: this.compiler.compileNamed(builtin.doc, builtin.schemaName),
      };
    }
    const crd = crds.sort(
      (a, b) =>
        a.file.depth - b.file.depth ||
        a.file.relativePath.localeCompare(b.file.relativePath),
    )[0];
    const crdVersion = crd?.versions.find(v => v.name === version);
    if (!crdVersion) {
      const known = [
        ...new Set([
          ...builtins.map(b => b.version),
          ...(crd?.versions.map(v => v.name) ?? []),
        ]),
      ];
      const hint = known.length
        ? ` (known versions of ${group || 'core'} ${kind}: ${known.join(', ')})`
        : '';
      return { ok: false, message: `${noSchema}${hint}${unreadable}` };
    }
    if (!crdVersion.served) {
      return {
        ok: false,
        message: `${apiVersion} ${kind} is not served (served: false in ${crd.file.relativePath})`,
      };
    }
    if (crdVersion.schema === undefined) {
      return {
        ok: false,
        message: `${noSchema} (version ${version} in ${crd.file.relativePath} has no openAPIV3Schema)`,
      };
    }
    return {
      ok: true,
      group,
      version,
      kind,
      root: this.compileCrdRoot(crdVersion.schema),
    };
  }

  /** The root of a custom resource: apiVersion, kind and metadata (as ObjectMeta) are implied. */
  private compileCrdRoot(schema: unknown): SchemaNode {
    const root = this.compiler.compile(schema, {
      dialect: 'crd',
      structural: true,
    });
    const properties = new Map(root.properties);
    if (!properties.has('apiVersion'))
      properties.set('apiVersion', STRING_NODE);
    if (!properties.has('kind')) properties.set('kind', STRING_NODE);
    const objectMeta = this.objectMeta();
    const rawMeta = (
      schema as { properties?: Record<string, unknown> } | undefined
    )?.properties?.metadata;
    const own =
      rawMeta === undefined
        ? undefined
        : relax(
            this.compiler.compile(rawMeta, {
              dialect: 'crd',
              structural: false,
            }),
          );
    properties.set(
      'metadata',
      own
        ? { ...objectMeta, allOf: [...(objectMeta.allOf ?? []), own] }
        : objectMeta,
    );
    return { ...root, properties };
  }

  private read(file: SchemaFile): FileDefinitions | Error {
    let defs = this.definitions.get(file.path);
    if (!defs) {
      try {
        defs = readDefinitions(file);
      } catch (e) {
        defs = e instanceof Error ? e : new Error(String(e));
      }
      this.definitions.set(file.path, defs);
    }
    return defs;
  }

  /** ObjectMeta from any OpenAPI document (the smallest that has it), for custom resources. */
  private objectMeta(): SchemaNode {
    if (!this.objectMetaNode) {
      const found = this.findSchemaAnywhere(OBJECT_META_SCHEMA);
      this.objectMetaNode = found
        ? this.compiler.compileNamed(found.doc, found.name)
        : { types: ['object'], additionalProperties: true, objectMeta: true };
    }
    return this.objectMetaNode;
  }

  private findSchemaAnywhere(
    name: string,
    except?: string,
  ): ResolvedRef | undefined {
    const jsonFiles = this.files
      .filter(f => f.format === 'json' && f.path !== except)
      .sort((a, b) => a.size - b.size);
    for (const file of jsonFiles) {
      const defs = this.read(file);
      if (
        !(defs instanceof Error) &&
        defs.openApi?.schemas[name] !== undefined
      ) {
        return { doc: defs.openApi, name };
      }
    }
    return undefined;
  }

  /** `#/components/schemas/X` (same document, else any other document) or `file.json#/components/schemas/X`. */
  private resolveRef(doc: OpenApiDoc, ref: string): ResolvedRef | undefined {
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash);
    if (!pointer.startsWith(REF_PREFIX)) return undefined;
    const name = decodeURIComponent(pointer.slice(REF_PREFIX.length))
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    if (filePart) {
      const target = path.resolve(path.dirname(doc.file), filePart);
      const file = this.files.find(f => f.path === target);
      const defs = file && this.read(file);
      return defs &&
        !(defs instanceof Error) &&
        defs.openApi?.schemas[name] !== undefined
        ? { doc: defs.openApi, name }
        : undefined;
    }
    if (doc.schemas[name] !== undefined) return { doc, name };
    return this.findSchemaAnywhere(name, doc.file);
  }
}
