import { aliasTargetLine, mayHoldAlias, parseWithLines } from './aliasLine';

describe('mayHoldAlias', () => {
  it('finds aliases in block and flow style', () => {
    expect(mayHoldAlias('a: &v 1\ntag: *v\n')).toBe(true);
    expect(mayHoldAlias('- *v\n')).toBe(true);
    expect(mayHoldAlias('*v\n')).toBe(true);
    expect(mayHoldAlias('a: [*v, 2]\n')).toBe(true);
    expect(mayHoldAlias('a: {"k":*v}\n')).toBe(true);
  });

  it('is false for texts whose asterisks start no alias (it may say true for some that do not either)', () => {
    expect(mayHoldAlias('host: "*.example.com"\nglob: a*b\n')).toBe(false);
    expect(mayHoldAlias('tag: 1.2.3\n')).toBe(false);
  });

  it('agrees with the parse: a text it rules out has no alias line', () => {
    const text = 'spec:\n  values:\n    image:\n      tag: 1.2.3\n';
    expect(mayHoldAlias(text)).toBe(false);
    expect(
      aliasTargetLine(parseWithLines(text), 0, [
        'spec',
        'values',
        'image',
        'tag',
      ]),
    ).toBeUndefined();
  });
});
