import { isRecord } from './yamlFile';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The index of the `}` closing the `${` at `start`, nested `${…}` included; -1 if none. */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Flux `postBuild` substitution of one string: `${VAR}`, `${VAR:=default}` and
 * `${VAR:-default}`, defaults that are themselves variables included
 * (`${A:-${B}}`). A variable with neither a value nor a default stays as written, so
 * that it stays visible (`plex.${SECRET_DOMAIN}`).
 */
export function substituteString(
  text: string,
  vars: Readonly<Record<string, string>>,
): string {
  if (!text.includes('${')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    const end = start < 0 ? -1 : closing(text, start);
    const name = end < 0 ? undefined : NAME.exec(text.slice(start + 2, end));
    if (start < 0 || !name) {
      const stop = start < 0 || end < 0 ? text.length : start + 2;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    out += text.slice(i, start);
    const rest = text.slice(start + 2 + name[0].length, end);
    const operator = /^:?[=-]/.exec(rest)?.[0];
    const value = vars[name[0]];
    if (operator === undefined && rest !== '') {
      out += text.slice(start, end + 1);
    } else if (
      value !== undefined &&
      !(operator?.startsWith(':') && value === '')
    ) {
      out += value;
    } else if (operator !== undefined) {
      out += substituteString(rest.slice(operator.length), vars);
    } else {
      out += text.slice(start, end + 1);
    }
    i = end + 1;
  }
  return out;
}

/** Substitution applied to every string of a value (keys included, as Flux does on the YAML text). */
export function substituteDeep(
  value: unknown,
  vars: Readonly<Record<string, string>>,
): unknown {
  if (typeof value === 'string') return substituteString(value, vars);
  if (Array.isArray(value))
    return value.map(item => substituteDeep(item, vars));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[substituteString(key, vars)] = substituteDeep(item, vars);
    }
    return out;
  }
  return value;
}

/** Flux skips objects annotated `kustomize.toolkit.fluxcd.io/substitute: disabled`. */
export function substitutionDisabled(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.metadata)) return false;
  const annotations = value.metadata.annotations;
  return (
    isRecord(annotations) &&
    annotations['kustomize.toolkit.fluxcd.io/substitute'] === 'disabled'
  );
}
