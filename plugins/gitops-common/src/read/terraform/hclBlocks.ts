import { isRecord } from '../yamlFile';

/** HCL's JSON form: a block is a list of bodies; these helpers read it. */

export type Body = Record<string, unknown>;

/** The first body of a nested block (`metadata { … }` → `[{ … }]`). */
export function block(body: unknown, name: string): Body {
  const value = isRecord(body) ? body[name] : undefined;
  if (Array.isArray(value)) return isRecord(value[0]) ? value[0] : {};
  return isRecord(value) ? value : {};
}

/** Every body of a repeated nested block (`container { … } container { … }`). */
export function blocks(body: unknown, name: string): Body[] {
  const value = isRecord(body) ? body[name] : undefined;
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

/** Labelled top-level blocks: `resource "type" "name"` → `{ type, name, body }`. */
export function labelled(
  json: Body,
  kind: 'resource' | 'data',
): Array<{ type: string; name: string; body: Body }> {
  const out: Array<{ type: string; name: string; body: Body }> = [];
  const byType = json[kind];
  if (!isRecord(byType)) return out;
  for (const [type, byName] of Object.entries(byType)) {
    if (!isRecord(byName)) continue;
    for (const [name, bodies] of Object.entries(byName))
      for (const body of Array.isArray(bodies) ? bodies : [bodies])
        if (isRecord(body)) out.push({ type, name, body });
  }
  return out;
}

/** Single-label blocks: `module "name"`, `variable "name"` → `[name, body]`. */
export function named(
  json: Body,
  kind: 'module' | 'variable',
): Array<[string, Body]> {
  const value = json[kind];
  if (!isRecord(value)) return [];
  const out: Array<[string, Body]> = [];
  for (const [name, bodies] of Object.entries(value))
    for (const body of Array.isArray(bodies) ? bodies : [bodies])
      if (isRecord(body)) out.push([name, body]);
  return out;
}

/**
 * A string attribute with `${var.x}` / `${local.x}` resolved from `scope`; an
 * expression it cannot resolve is kept as written, so that it stays visible.
 */
export function text(
  value: unknown,
  scope: Record<string, string>,
): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  return value.replace(
    /\$\{\s*((?:var|local)\.[A-Za-z0-9_-]+)\s*\}/g,
    (whole, ref: string) => scope[ref] ?? whole,
  );
}
