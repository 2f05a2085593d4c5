/** JSON types as Kubernetes schemas name them. */
export type JsonType =
  | 'object'
  | 'array'
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean';

/**
 * A schema normalised for validation: `$ref`s and `allOf: [{$ref}]` wrappers resolved,
 * Kubernetes extensions turned into plain flags, closedness decided once.
 * Nodes form a graph (recursive schemas such as JSONSchemaProps refer to themselves).
 */
export interface SchemaNode {
  /** Allowed types; undefined means any type. */
  types?: JsonType[];
  nullable?: boolean;
  properties?: Map<string, SchemaNode>;
  /**
   * Fields not in `properties`: a schema they must match, `true` (allowed, not checked)
   * or `false` (unknown field → issue).
   */
  additionalProperties: SchemaNode | boolean;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  pattern?: { source: string; re: RegExp };
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  format?: string;
  /** `default`, used for missing list-map keys. */
  default?: unknown;
  /** `x-kubernetes-list-type` and `x-kubernetes-list-map-keys` (duplicate entries are issues). */
  listType?: 'atomic' | 'set' | 'map';
  listMapKeys?: string[];
  /** resource.Quantity: string in quantity syntax, or a number. */
  quantity?: boolean;
  /** ObjectMeta: label and annotation keys/values are checked. */
  objectMeta?: boolean;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  not?: SchemaNode;
}

/** A node accepting anything. */
export function anyNode(): SchemaNode {
  return { additionalProperties: true };
}
