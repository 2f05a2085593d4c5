/**
 * Kubernetes name and label syntax, as in k8s.io/apimachinery/pkg/util/validation.
 * Each check returns an error message or undefined.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const q = (s: string) => JSON.stringify(s);

export type NameRule =
  | 'dns1123Subdomain'
  | 'dns1123Label'
  | 'dns1035Label'
  | 'pathSegment';

export function checkDns1123Label(value: string): string | undefined {
  if (value.length > 63 || !DNS1123_LABEL.test(value)) {
    return `${q(
      value,
    )} is not a valid DNS-1123 label (at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit)`;
  }
  return undefined;
}

export function checkDns1123Subdomain(value: string): string | undefined {
  if (value.length > 253 || !DNS1123_SUBDOMAIN.test(value)) {
    return `${q(
      value,
    )} is not a valid DNS-1123 subdomain (at most 253 lowercase letters, digits, '-' or '.', starting and ending with a letter or digit)`;
  }
  return undefined;
}

export function checkDns1035Label(value: string): string | undefined {
  if (value.length > 63 || !DNS1035_LABEL.test(value)) {
    return `${q(
      value,
    )} is not a valid DNS-1035 label (at most 63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit)`;
  }
  return undefined;
}

export function checkPathSegmentName(value: string): string | undefined {
  if (value === '' || value === '.' || value === '..' || /[/%]/.test(value)) {
    return `${q(
      value,
    )} is not a valid name (must not be '.' or '..' and must not contain '/' or '%')`;
  }
  return undefined;
}

export function checkName(rule: NameRule, value: string): string | undefined {
  switch (rule) {
    case 'dns1123Label':
      return checkDns1123Label(value);
    case 'dns1035Label':
      return checkDns1035Label(value);
    case 'pathSegment':
      return checkPathSegmentName(value);
    default:
      return checkDns1123Subdomain(value);
  }
}

/** Label and annotation keys: `[prefix/]name`, prefix a DNS-1123 subdomain, name at most 63 characters. */
export function checkQualifiedName(key: string): string | undefined {
  const parts = key.split('/');
  let name = key;
  if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix === '' || checkDns1123Subdomain(prefix)) {
      return `key ${q(
        key,
      )} has an invalid prefix (must be a DNS-1123 subdomain)`;
    }
  } else if (parts.length > 2) {
    return `key ${q(key)} is not a valid qualified name (at most one '/')`;
  }
  if (name.length > 63 || !QUALIFIED_NAME_PART.test(name)) {
    return `key ${q(
      key,
    )} is not a valid qualified name (name part: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`;
  }
  return undefined;
}

export function checkLabelValue(value: string): string | undefined {
  if (value.length > 63 || !LABEL_VALUE.test(value)) {
    return `${q(
      value,
    )} is not a valid label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`;
  }
  return undefined;
}

/**
 * The name rule the API server applies to `metadata.name` of a kind. Custom resources and most
 * built-in kinds use DNS-1123 subdomains.
 */
export function nameRuleFor(group: string, kind: string): NameRule {
  if (group === '') {
    if (kind === 'Namespace') return 'dns1123Label';
    if (kind === 'Service') return 'dns1035Label';
  }
  if (group === 'apps' && kind === 'StatefulSet') return 'dns1123Label';
  if (
    group === 'rbac.authorization.k8s.io' &&
    ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'].includes(kind)
  ) {
    return 'pathSegment';
  }
  return 'dns1123Subdomain';
}
