import { Instance } from './instances';
import { arr, str } from './objects';
import { stem } from './repoPaths';
import { RepoIndex } from './repoIndex';
import { ServiceSecret } from './types';

function remoteKey(object: unknown): string | undefined {
  for (const item of arr(object, 'spec', 'data')) {
    const key = str(item, 'remoteRef', 'key');
    if (key) return key;
  }
  for (const item of arr(object, 'spec', 'dataFrom')) {
    const key =
      str(item, 'extract', 'key') ?? str(item, 'find', 'name', 'regexp');
    if (key) return key;
  }
  return undefined;
}

/** A secret an object defines or syncs: VSO, External Secrets, SOPS, Sealed Secrets, plain Secret. */
export function objectSecret(instance: Instance): ServiceSecret | undefined {
  const { object } = instance;
  const name = object.metadata.name ?? '';
  const namespace = instance.namespace ? { namespace: instance.namespace } : {};
  const base = { name, ...namespace, file: instance.file };
  if (object.sops === true) return { kind: 'SopsFile', ...base };
  switch (object.kind) {
    case 'VaultStaticSecret':
    case 'VaultDynamicSecret': {
      const path = str(object, 'spec', 'path');
      const store = str(object, 'spec', 'mount');
      return {
        kind: object.kind,
        ...base,
        ...(path ? { path } : {}),
        ...(store ? { store } : {}),
      };
    }
    case 'ExternalSecret': {
      const path = remoteKey(object);
      const store = str(object, 'spec', 'secretStoreRef', 'name');
      return {
        kind: 'ExternalSecret',
        ...base,
        ...(path ? { path } : {}),
        ...(store ? { store } : {}),
      };
    }
    case 'SealedSecret':
      return { kind: 'SealedSecret', ...base };
    case 'Secret':
      return { kind: 'Secret', ...base };
    default:
      return undefined;
  }
}

/** SOPS-encrypted files that are not Kubernetes objects (values or env files), named after the file. */
export function sopsFileSecrets(
  index: RepoIndex,
  files: Iterable<string>,
  known: Set<string>,
): ServiceSecret[] {
  const out: ServiceSecret[] = [];
  for (const file of files) {
    const parsed = index.files.get(file);
    if (!parsed?.sops || known.has(file)) continue;
    if (
      parsed.docs.some(d => (d.value as { kind?: unknown }).kind !== undefined)
    )
      continue;
    out.push({ kind: 'SopsFile', name: stem(file), file });
  }
  return out;
}
