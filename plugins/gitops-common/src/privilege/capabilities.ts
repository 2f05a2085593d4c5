/**
 * The capabilities the PodSecurity baseline level lets a container add
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline).
 */
const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** The added capabilities the baseline level forbids, as written (`SYS_ADMIN`, `ALL`). */
export function forbiddenCapabilities(add: unknown): string[] {
  let list: unknown[] = [];
  if (Array.isArray(add)) list = add;
  else if (typeof add === 'string') list = [add];
  return list
    .map(c => String(c))
    .filter(c => !BASELINE_CAPABILITIES.has(c.trim().toUpperCase().replace(/^CAP_/, '')));
}
