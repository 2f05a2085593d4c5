import { checkFormat } from './formats';
import {
  checkDns1035Label,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkLabelValue,
  checkQualifiedName,
  nameRuleFor,
} from './names';
import { isValidQuantity } from './quantity';

describe('isValidQuantity', () => {
  it.each([
    '10Gi',
    '500m',
    '1',
    '1.5',
    '.5',
    '2.',
    '1e3',
    '1E-2',
    '+1Ki',
    '-1',
    '100M',
    '10k',
    '7Ei',
    0,
    2.5,
  ])('accepts %p', q => expect(isValidQuantity(q)).toBe(true));
  it.each([
    '10 GB',
    '10GB',
    '10gi',
    '1.5.2',
    'Gi',
    '',
    ' 1',
    '1Ki ',
    '1e',
    'ten',
    true,
    null,
    {},
    Infinity,
  ])('rejects %p', q => expect(isValidQuantity(q)).toBe(false));
});

describe('names', () => {
  it('checks DNS-1123 labels', () => {
    expect(checkDns1123Label('my-app-1')).toBeUndefined();
    expect(checkDns1123Label('1app')).toBeUndefined();
    expect(checkDns1123Label('a'.repeat(63))).toBeUndefined();
    for (const bad of [
      'a'.repeat(64),
      'My-App',
      'my.app',
      '-app',
      'app-',
      '',
      'my_app',
    ]) {
      expect(checkDns1123Label(bad)).toBeDefined();
    }
  });

  it('checks DNS-1123 subdomains', () => {
    expect(checkDns1123Subdomain('cert-manager.io')).toBeUndefined();
    expect(
      checkDns1123Subdomain(`${'a'.repeat(63)}.${'b'.repeat(63)}`),
    ).toBeUndefined();
    for (const bad of ['a'.repeat(254), 'Foo', 'a..b', '.a', 'a.', 'a_b']) {
      expect(checkDns1123Subdomain(bad)).toBeDefined();
    }
  });

  it('checks DNS-1035 labels', () => {
    expect(checkDns1035Label('web-1')).toBeUndefined();
    expect(checkDns1035Label('1web')).toBeDefined();
  });

  it('checks label keys and values', () => {
    expect(checkQualifiedName('app.kubernetes.io/name')).toBeUndefined();
    expect(checkQualifiedName('app')).toBeUndefined();
    expect(checkQualifiedName('Example.com/x')).toBeDefined();
    expect(checkQualifiedName('/x')).toBeDefined();
    expect(checkQualifiedName('a/b/c')).toBeDefined();
    expect(checkQualifiedName(`x/${'a'.repeat(64)}`)).toBeDefined();
    expect(checkLabelValue('')).toBeUndefined();
    expect(checkLabelValue('v1.2_3-rc')).toBeUndefined();
    expect(checkLabelValue('a b')).toBeDefined();
    expect(checkLabelValue('a'.repeat(64))).toBeDefined();
  });

  it('picks the naming rule of a kind', () => {
    expect(nameRuleFor('', 'Namespace')).toBe('dns1123Label');
    expect(nameRuleFor('', 'Service')).toBe('dns1035Label');
    expect(nameRuleFor('apps', 'StatefulSet')).toBe('dns1123Label');
    expect(nameRuleFor('rbac.authorization.k8s.io', 'ClusterRole')).toBe(
      'pathSegment',
    );
    expect(nameRuleFor('apps', 'Deployment')).toBe('dns1123Subdomain');
    expect(nameRuleFor('postgresql.cnpg.io', 'Cluster')).toBe(
      'dns1123Subdomain',
    );
  });
});

describe('checkFormat', () => {
  it('checks integer ranges', () => {
    expect(checkFormat('int32', 2147483647)).toBeUndefined();
    expect(checkFormat('int32', 2147483648)).toBe(
      '2147483648 is out of range for int32',
    );
    expect(checkFormat('int64', 2 ** 62)).toBeUndefined();
    expect(checkFormat('int64', 2 ** 63)).toBeDefined();
  });

  it('checks date-times, base64, IPs and durations', () => {
    expect(checkFormat('date-time', '2025-12-23T10:00:00Z')).toBeUndefined();
    expect(
      checkFormat('date-time', '2025-12-23T10:00:00.123+01:00'),
    ).toBeUndefined();
    expect(checkFormat('date-time', '2025-12-23')).toBeDefined();
    expect(checkFormat('byte', 'aGVsbG8=')).toBeUndefined();
    expect(checkFormat('byte', 'hello!')).toBeDefined();
    expect(checkFormat('ipv4', '10.0.0.1')).toBeUndefined();
    expect(checkFormat('ipv6', '10.0.0.1')).toBeDefined();
    expect(checkFormat('duration', '1h30m')).toBeUndefined();
    expect(checkFormat('duration', '90 seconds')).toBeDefined();
  });

  it('accepts unknown formats', () => {
    expect(checkFormat('uri', 'not a uri')).toBeUndefined();
    expect(checkFormat('made-up', 1)).toBeUndefined();
  });
});
