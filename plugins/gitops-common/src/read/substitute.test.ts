import { substituteDeep, substituteString } from './substitute';

describe('Flux postBuild substitution', () => {
  it('replaces ${VAR}, and uses the default of ${VAR:=default} and ${VAR:-default} when VAR is unset', () => {
    const vars = { APP: 'plex', EMPTY: '' };
    expect(substituteString('${APP}.example.com', vars)).toBe(
      'plex.example.com',
    );
    expect(substituteString('${SIZE:=5Gi}', vars)).toBe('5Gi');
    expect(substituteString('${CLASS:-ceph-block}', vars)).toBe('ceph-block');
    expect(substituteString('${EMPTY:=fallback}', vars)).toBe('fallback');
    expect(substituteString('${UNKNOWN}', vars)).toBe('${UNKNOWN}');
    expect(substituteString('$APP stays', vars)).toBe('$APP stays');
  });

  it('reads defaults that are variables themselves, and keeps what it cannot resolve visible', () => {
    const vars = { B: 'b', DOMAIN: 'example.com' };
    expect(substituteString('${A:-${B}}', vars)).toBe('b');
    expect(substituteString('${A:=${C:-c}}.${DOMAIN}', vars)).toBe(
      'c.example.com',
    );
    expect(substituteString('${A:-${C}}', vars)).toBe('${C}');
    expect(substituteString('plex.${SECRET_DOMAIN}', vars)).toBe(
      'plex.${SECRET_DOMAIN}',
    );
    expect(substituteString('${B}-${UNCLOSED', vars)).toBe('b-${UNCLOSED');
    expect(substituteString('${B:?required}', vars)).toBe('${B:?required}');
  });

  it('substitutes keys and values of nested objects', () => {
    expect(
      substituteDeep(
        { metadata: { name: '${APP}' }, list: ['${APP}-a', 3], '${APP}': true },
        { APP: 'x' },
      ),
    ).toEqual({
      metadata: { name: 'x' },
      list: ['x-a', 3],
      x: true,
    });
  });
});
