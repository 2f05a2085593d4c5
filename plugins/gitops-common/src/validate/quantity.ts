/**
 * Kubernetes resource quantities (`resource.Quantity`): a signed decimal number with an optional
 * binary-SI suffix (Ki, Mi, Gi, Ti, Pi, Ei), decimal-SI suffix (n, u, m, k, M, G, T, P, E) or
 * decimal exponent (e3, E-2). Same grammar as the pattern controller-gen writes into CRDs.
 * `10Gi`, `500m`, `1.5`, `1e3` are valid; `10 GB`, `10gi`, `1.5.2` are not.
 */
export const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

const QUANTITY_RE = new RegExp(QUANTITY_PATTERN);

/** Whether a YAML/JSON value is a valid quantity (numbers are accepted as the API server does). */
export function isValidQuantity(value: unknown): boolean {
  if (typeof value === 'number') {
    return Number.isFinite(value);
  }
  return typeof value === 'string' && QUANTITY_RE.test(value);
}

export function quantityMessage(value: unknown): string {
  return `${JSON.stringify(
    value,
  )} is not a valid quantity (expected a number with an optional suffix, e.g. 500m, 2, 1.5Gi, 10G)`;
}
