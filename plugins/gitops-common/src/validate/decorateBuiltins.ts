import { BUILTIN_ENUMS } from './builtinEnums';
import { SchemaNode } from './schemaNode';

export const QUANTITY_SCHEMA = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
export const OBJECT_META_SCHEMA =
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/**
 * Adds what the built-in OpenAPI documents leave to Go code:
 * - Quantity is `oneOf: [string, number]` with no pattern → quantity syntax check;
 * - ObjectMeta → label/annotation syntax checks; `creationTimestamp: null` (written by
 *   `kubectl create --dry-run -o yaml`) is accepted;
 * - enums of common fields (see builtinEnums.ts).
 */
export function decorateBuiltin(name: string, node: SchemaNode): SchemaNode {
  if (name === QUANTITY_SCHEMA) {
    return {
      types: ['string', 'number'],
      quantity: true,
      additionalProperties: true,
    };
  }
  if (name === OBJECT_META_SCHEMA && node.properties) {
    const properties = new Map(node.properties);
    const ts = properties.get('creationTimestamp');
    if (ts) properties.set('creationTimestamp', { ...ts, nullable: true });
    return { ...node, properties, objectMeta: true };
  }
  const enums = BUILTIN_ENUMS[name];
  if (enums && node.properties) {
    const properties = new Map(node.properties);
    for (const [key, values] of Object.entries(enums)) {
      const isItems = key.endsWith('[]');
      const prop = properties.get(isItems ? key.slice(0, -2) : key);
      if (!prop) continue;
      if (isItems) {
        if (prop.items)
          properties.set(key.slice(0, -2), {
            ...prop,
            items: { ...prop.items, enum: values },
          });
      } else {
        properties.set(key, { ...prop, enum: values });
      }
    }
    return { ...node, properties };
  }
  return node;
}
