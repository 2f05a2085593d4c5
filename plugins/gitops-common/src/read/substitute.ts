import { isRecord } from './yamlFile';

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[=-])([^}]*))?\}/g;

/**
 * Flux `postBuild` substitution of one string: `${VAR}`, `${VAR:=default}` and
 * `${VAR:-default}`. A variable with neither a value nor a default stays as written.
 */
export function substituteString(
  text: string,
  vars: Readonly<Record<string, string>>,
): string {
  if (!text.includes('${')) return text;
  return text.replace(
    VARIABLE,
    (whole, name: string, operator?: string, fallback?: string) => {
      const value = vars[name];
      if (value !== undefined && !(operator?.startsWith(':') && value === ''))
        return value;
      return operator ? fallback ?? '' : whole;
    },
  );
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
