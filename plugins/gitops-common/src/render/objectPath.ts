type Values = Record<string, unknown>;

/** Sets `value` at `path` of plain nested objects, creating objects on the way. */
export function setValueAt(target: Values, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Values;
  }
  node[path[path.length - 1]] = value;
}
