const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `spec` + `replicas` → `spec.replicas`; keys that are not identifiers are quoted: `labels["app.kubernetes.io/name"]`. */
export function childPath(parent: string, key: string): string {
  if (PLAIN_KEY.test(key)) {
    return parent === '' ? key : `${parent}.${key}`;
  }
  return `${parent}[${JSON.stringify(key)}]`;
}

/** `containers` + 0 → `containers[0]`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
