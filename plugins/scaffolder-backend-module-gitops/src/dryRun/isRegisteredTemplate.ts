import { isDeepStrictEqual } from 'node:util';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a template body sent to the dry-run endpoint is a template of the catalog as
 * it is registered: same kind, name, apiVersion and the very same `spec` (parameters,
 * steps, output). The Create wizard's change preview sends exactly that.
 */
export async function isRegisteredTemplate(
  catalog: CatalogService,
  template: unknown,
  credentials: BackstageCredentials,
): Promise<boolean> {
  if (!isRecord(template) || !isRecord(template.metadata) || typeof template.metadata.name !== 'string') return false;
  const namespace = typeof template.metadata.namespace === 'string' ? template.metadata.namespace : 'default';
  const registered = await catalog.getEntityByRef(
    { kind: 'Template', namespace, name: template.metadata.name },
    { credentials },
  );
  return (
    !!registered &&
    registered.apiVersion === template.apiVersion &&
    String(template.kind).toLowerCase() === 'template' &&
    isDeepStrictEqual(JSON.parse(JSON.stringify(registered.spec ?? {})), JSON.parse(JSON.stringify(template.spec ?? {})))
  );
}
