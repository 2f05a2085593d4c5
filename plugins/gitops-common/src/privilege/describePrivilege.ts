import { PrivilegeFinding } from './types';

/** Findings listed at most; the rest are counted. */
const MAX_LISTED = 8;

/**
 * Why a change needs `permission`, as one paragraph: each setting with its file and
 * object, and the PodSecurity level the namespaces would need.
 *
 * @public
 */
export function describePrivilege(findings: readonly PrivilegeFinding[], permission: string): string {
  const listed = findings.slice(0, MAX_LISTED).map(f => `${f.file} (${f.object}): ${f.what}`);
  if (findings.length > MAX_LISTED) listed.push(`and ${findings.length - MAX_LISTED} more`);
  const namespaces = [...new Set(findings.filter(f => f.level === 'privileged').map(f => f.namespace ?? '(its namespace)'))].sort();
  const level = namespaces.length
    ? ` Namespace ${namespaces.join(', ')} would need the PodSecurity level privileged: the baseline level forbids privileged containers, host namespaces, hostPath volumes, host ports and added capabilities.`
    : '';
  return `Creating a GPU or privileged workload needs the permission ${permission}: ${listed.join('; ')}.${level} Ask a member of the admin groups (homeport.admins) to run this template.`;
}
