import { anyNode, JsonType, SchemaNode } from './schemaNode';
import { QUANTITY_PATTERN } from './quantity';

type Raw = Record<string, unknown>;

/** A Kubernetes OpenAPI v3 document (`components.schemas`). */
export interface OpenApiDoc {
  file: string;
  schemas: Record<string, unknown>;
}

export interface ResolvedRef {
  doc: OpenApiDoc;
  name: string;
}

/**
 * - `crd`: structural schemas of CustomResourceDefinitions. As the API server prunes unknown
 *   fields, every object schema without `additionalProperties` or
 *   `x-kubernetes-preserve-unknown-fields` is closed, even one without `properties`.
 * - `openapi`: built-in types. Object schemas with `properties` are closed; objects without
 *   (RawExtension, FieldsV1, …) accept anything.
 */
export type Dialect = 'crd' | 'openapi';

interface Ctx {
  dialect: Dialect;
  doc?: OpenApiDoc;
  /** false inside anyOf/oneOf/not/allOf value validations, which never close objects. */
  structural: boolean;
}

export interface CompilerHooks {
  /** Resolves a `$ref` found in `doc`. */
  resolveRef(doc: OpenApiDoc, ref: string): ResolvedRef | undefined;
  /** The ObjectMeta node, for `x-kubernetes-embedded-resource` objects. */
  objectMeta(): SchemaNode;
  /** Adjusts a named OpenAPI schema after compilation (Quantity, ObjectMeta, enums). */
  decorate?(name: string, node: SchemaNode): SchemaNode;
}

const ANNOTATION_KEYS = new Set([
  'description',
  'default',
  'example',
  'title',
  'externalDocs',
]);
const MEANINGFUL_EXTENSIONS = new Set([
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
]);
const JSON_TYPES = new Set([
  'object',
  'array',
  'string',
  'integer',
  'number',
  'boolean',
]);
const regexCache = new Map<string, RegExp | null>();

function isRaw(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPureRef(v: unknown): v is { $ref: string } {
  return isRaw(v) && typeof v.$ref === 'string';
}

/** Go RE2 patterns compile as JavaScript regexps for everything in the upstream data; others are skipped. */
function compilePattern(source: string): RegExp | undefined {
  let re = regexCache.get(source);
  if (re === undefined) {
    re = null;
    for (const flags of ['u', '']) {
      try {
        re = new RegExp(source, flags);
        break;
      } catch {
        // try next
      }
    }
    regexCache.set(source, re);
  }
  return re ?? undefined;
}

/** `[{type: integer}, {type: string}]` → ['integer', 'string']; undefined if a branch does more. */
function typeOnlyBranches(list: unknown): JsonType[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const types: JsonType[] = [];
  for (const b of list) {
    if (!isRaw(b) || typeof b.type !== 'string' || !JSON_TYPES.has(b.type))
      return undefined;
    if (Object.keys(b).some(k => k !== 'type' && !ANNOTATION_KEYS.has(k)))
      return undefined;
    types.push(b.type as JsonType);
  }
  return types;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

export class SchemaCompiler {
  private readonly named = new Map<string, SchemaNode>();

  constructor(private readonly hooks: CompilerHooks) {}

  /** Compiles `components.schemas[name]` of an OpenAPI document (memoised; cycles allowed). */
  compileNamed(doc: OpenApiDoc, name: string, structural = true): SchemaNode {
    const key = `${structural ? 's' : 'v'}:${doc.file}#${name}`;
    const known = this.named.get(key);
    if (known) return known;
    const placeholder = anyNode();
    this.named.set(key, placeholder);
    let node = this.compile(doc.schemas[name], {
      dialect: 'openapi',
      doc,
      structural,
    });
    if (this.hooks.decorate) node = this.hooks.decorate(name, node);
    // Fill the placeholder so that recursive references see the finished node.
    Object.assign(placeholder, node);
    return placeholder;
  }

  compile(raw: unknown, ctx: Ctx): SchemaNode {
    if (!isRaw(raw)) {
      return raw === false
        ? { additionalProperties: true, not: anyNode() }
        : anyNode();
    }
    if (typeof raw.$ref === 'string') {
      // OpenAPI 3.0: siblings of $ref are ignored.
      return this.compileRef(raw.$ref, ctx);
    }
    const allOf = Array.isArray(raw.allOf) ? raw.allOf : undefined;
    if (allOf && allOf.length > 0 && allOf.every(isPureRef)) {
      // Kubernetes writes a reference with its own description/default as `allOf: [{$ref}]`.
      const refNodes = allOf.map(r => this.compileRef(r.$ref, ctx));
      const siblings = Object.keys(raw).filter(
        k =>
          k !== 'allOf' &&
          !ANNOTATION_KEYS.has(k) &&
          (!k.startsWith('x-kubernetes-') || MEANINGFUL_EXTENSIONS.has(k)),
      );
      if (refNodes.length === 1 && siblings.length === 0) return refNodes[0];
      const { allOf: _ignored, ...rest } = raw;
      const own = this.build(rest, { ...ctx, structural: false });
      return { ...own, allOf: [...(own.allOf ?? []), ...refNodes] };
    }
    return this.build(raw, ctx);
  }

  private compileRef(ref: string, ctx: Ctx): SchemaNode {
    if (!ctx.doc) return anyNode();
    const target = this.hooks.resolveRef(ctx.doc, ref);
    if (!target) return anyNode();
    return this.compileNamed(target.doc, target.name, ctx.structural);
  }

  private build(raw: Raw, ctx: Ctx): SchemaNode {
    const node: SchemaNode = { additionalProperties: true };
    const valueCtx: Ctx = { ...ctx, structural: false };
    const preserveUnknown =
      raw['x-kubernetes-preserve-unknown-fields'] === true;
    let anyOf = raw.anyOf;
    let oneOf = raw.oneOf;
    let allOf = raw.allOf;

    if (typeof raw.type === 'string' && JSON_TYPES.has(raw.type)) {
      node.types = [raw.type as JsonType];
    }
    if (
      raw['x-kubernetes-int-or-string'] === true ||
      raw.format === 'int-or-string'
    ) {
      node.types = ['integer', 'string'];
      // The type branches are implied: `anyOf: [int, string]` or `allOf: [{anyOf: [int, string]}, …]`.
      if (typeOnlyBranches(anyOf)) anyOf = undefined;
      if (typeOnlyBranches(oneOf)) oneOf = undefined;
      if (Array.isArray(allOf)) {
        allOf = allOf.filter(
          b =>
            !(
              isRaw(b) &&
              typeOnlyBranches(b.anyOf) &&
              Object.keys(b).length === 1
            ),
        );
      }
    } else if (!node.types) {
      const union = typeOnlyBranches(oneOf) ?? typeOnlyBranches(anyOf);
      if (union) {
        node.types = union;
        if (typeOnlyBranches(oneOf)) oneOf = undefined;
        else anyOf = undefined;
      }
    }
    if (raw.nullable === true) node.nullable = true;
    if (raw.default !== undefined) node.default = raw.default;
    if (typeof raw.format === 'string' && raw.format !== 'int-or-string')
      node.format = raw.format;

    if (isRaw(raw.properties)) {
      node.properties = new Map();
      for (const [k, v] of Object.entries(raw.properties)) {
        node.properties.set(k, this.compile(v, ctx));
      }
    }
    if (raw['x-kubernetes-embedded-resource'] === true) {
      // apiVersion, kind and metadata are implied (and validated) by the API server.
      node.properties ??= new Map();
      if (!node.properties.has('apiVersion'))
        node.properties.set('apiVersion', {
          types: ['string'],
          additionalProperties: true,
        });
      if (!node.properties.has('kind'))
        node.properties.set('kind', {
          types: ['string'],
          additionalProperties: true,
        });
      const meta = node.properties.get('metadata');
      const objectMeta = this.hooks.objectMeta();
      node.properties.set(
        'metadata',
        meta
          ? { ...objectMeta, allOf: [...(objectMeta.allOf ?? []), relax(meta)] }
          : objectMeta,
      );
    }

    if (raw.additionalProperties === false) {
      node.additionalProperties = false;
    } else if (isRaw(raw.additionalProperties)) {
      node.additionalProperties = this.compile(raw.additionalProperties, ctx);
    } else if (raw.additionalProperties === true || preserveUnknown) {
      node.additionalProperties = true;
    } else if (ctx.structural) {
      const isObject = node.types?.includes('object') ?? false;
      node.additionalProperties =
        ctx.dialect === 'crd'
          ? !(isObject || node.properties)
          : !node.properties;
    }

    if (Array.isArray(raw.required))
      node.required = raw.required.filter(
        (r): r is string => typeof r === 'string',
      );
    if (raw.items !== undefined && !Array.isArray(raw.items))
      node.items = this.compile(raw.items, ctx);
    if (Array.isArray(raw.enum)) node.enum = raw.enum;
    if (typeof raw.pattern === 'string') {
      if (raw.pattern === QUANTITY_PATTERN) {
        node.quantity = true;
      } else {
        const re = compilePattern(raw.pattern);
        if (re) node.pattern = { source: raw.pattern, re };
      }
    }
    node.minLength = num(raw.minLength);
    node.maxLength = num(raw.maxLength);
    node.minimum = num(raw.minimum);
    node.maximum = num(raw.maximum);
    if (raw.exclusiveMinimum === true) node.exclusiveMinimum = true;
    if (raw.exclusiveMaximum === true) node.exclusiveMaximum = true;
    node.multipleOf = num(raw.multipleOf);
    node.minItems = num(raw.minItems);
    node.maxItems = num(raw.maxItems);
    if (raw.uniqueItems === true) node.uniqueItems = true;
    node.minProperties = num(raw.minProperties);
    node.maxProperties = num(raw.maxProperties);
    const listType = raw['x-kubernetes-list-type'];
    if (listType === 'set' || listType === 'map' || listType === 'atomic')
      node.listType = listType;
    const mapKeys = raw['x-kubernetes-list-map-keys'];
    if (Array.isArray(mapKeys))
      node.listMapKeys = mapKeys.filter(
        (k): k is string => typeof k === 'string',
      );

    if (Array.isArray(allOf) && allOf.length > 0)
      node.allOf = allOf.map(b => this.compile(b, valueCtx));
    if (Array.isArray(anyOf) && anyOf.length > 0)
      node.anyOf = anyOf.map(b => this.compile(b, valueCtx));
    if (Array.isArray(oneOf) && oneOf.length > 0)
      node.oneOf = oneOf.map(b => this.compile(b, valueCtx));
    if (raw.not !== undefined) node.not = this.compile(raw.not, valueCtx);
    // x-kubernetes-validations (CEL rules) are not evaluated: there is no CEL interpreter here.

    for (const key of Object.keys(node) as (keyof SchemaNode)[]) {
      if (node[key] === undefined) delete node[key];
    }
    return node;
  }
}

/** A copy of a node that does not close objects: used to add constraints on top of another node. */
export function relax(node: SchemaNode): SchemaNode {
  return {
    ...node,
    additionalProperties:
      node.additionalProperties === false ? true : node.additionalProperties,
  };
}
