/** Keys that pick a variant of a union: an object that changes one replaces the other whole. */
const DISCRIMINATORS = ['style', 'renderer', 'type'];

/**
 * Plain objects are merged key by key; anything else (lists, scalars) in `over` replaces
 * `base`, and so does an object naming another variant (`style: none` over `style: cnpg-cluster`).
 */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  if (DISCRIMINATORS.some(k => k in over && k in base && over[k] !== base[k])) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(out[key], value);
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
