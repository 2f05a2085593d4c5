import type { RepoIndex, YamlDoc } from '../repoIndex';

const key = (name: string | undefined, namespace: string | undefined) => `${name ?? '\u0001'}\u0000${namespace ?? '\u0001'}`;

/**
 * The first of `docs` with a name in a namespace (`undefined` matching `undefined`, as
 * `docs.find(d => d.name === name && index.namespaceOf(d) === namespace)` does), from
 * an index built once.
 */
export function namedObjects(index: RepoIndex, docs: readonly YamlDoc[]): (name: string | undefined, namespace: string | undefined) => YamlDoc | undefined {
  const map = new Map<string, YamlDoc>();
  for (const d of docs) {
    const k = key(d.name, index.namespaceOf(d));
    if (!map.has(k)) map.set(k, d);
  }
  return (name, namespace) => map.get(key(name, namespace));
}
