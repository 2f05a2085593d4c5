/**
 * Whether a value turns on a boolean field once Kubernetes reads it: `true`, and the
 * strings a chart template prints unquoted into a manifest that kubectl's YAML 1.1
 * parser then reads as true (`"true"`, `"yes"`, `"on"`, `"y"`, any case).
 */
export function isTruthySetting(value: unknown): boolean {
  if (value === true) return true;
  return typeof value === 'string' && /^(true|yes|on|y)$/i.test(value.trim());
}
