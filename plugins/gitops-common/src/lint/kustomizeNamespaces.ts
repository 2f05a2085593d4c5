import type { Kustomization } from './kustomize';

/**
 * Every namespace kustomize puts each resource file's objects in, over every way the file
 * is included: along each chain of kustomizations from one nobody includes down to the
 * file, the outermost `namespace:` wins. A kustomize Component (or a base) that several
 * kustomizations of different namespaces include lands in each of them, as kustomize
 * builds one copy per including kustomization. Files no namespaced kustomization reaches
 * are left out.
 */
export function kustomizeNamespaces(byDir: ReadonlyMap<string, Kustomization>): Map<string, Set<string>> {
  const parents = new Map<string, Kustomization[]>();
  for (const k of byDir.values()) {
    for (const e of k.entries) {
      if (e.use !== 'resource' || !e.target || !byDir.has(e.target)) continue;
      const list = parents.get(e.target) ?? [];
      list.push(k);
      parents.set(e.target, list);
    }
  }

  // The namespace set above a folder on each chain reaching it (`undefined`: none set yet).
  const outer = new Map<string, Set<string | undefined>>();
  const outerOf = (dir: string): Set<string | undefined> => {
    const known = outer.get(dir);
    if (known) return known;
    const found = new Set<string | undefined>();
    outer.set(dir, found); // cycles end here
    const including = parents.get(dir) ?? [];
    if (!including.length) found.add(undefined);
    for (const p of including) for (const o of outerOf(p.dir)) found.add(o ?? p.namespace);
    return found;
  };

  const out = new Map<string, Set<string>>();
  for (const k of byDir.values()) {
    for (const e of k.entries) {
      if (e.use !== 'resource' || !e.target || byDir.has(e.target)) continue;
      for (const o of outerOf(k.dir)) {
        const namespace = o ?? k.namespace;
        if (!namespace) continue;
        const set = out.get(e.target) ?? new Set<string>();
        set.add(namespace);
        out.set(e.target, set);
      }
    }
  }
  return out;
}
