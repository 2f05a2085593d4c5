import { walk } from './k8s';

describe('walk', () => {
  it('visits every value depth first with its path and the values above it', () => {
    const value = { a: [1, { b: 'x' }], c: { d: true } };
    const seen: string[] = [];
    walk(value, (v, path, parents) => {
      seen.push(
        `${path.join('.')}=${JSON.stringify(v)} under ${parents.length}`,
      );
    });
    expect(seen).toEqual([
      '={"a":[1,{"b":"x"}],"c":{"d":true}} under 0',
      'a=[1,{"b":"x"}] under 1',
      'a.0=1 under 2',
      'a.1={"b":"x"} under 2',
      'a.1.b="x" under 3',
      'c={"d":true} under 1',
      'c.d=true under 2',
    ]);
  });

  it('gives the innermost parent last', () => {
    const inner = { tag: '1.0.0' };
    const value = { image: inner };
    const parentsOfTag: unknown[] = [];
    walk(value, (_v, path, parents) => {
      if (path[path.length - 1] === 'tag') parentsOfTag.push(...parents);
    });
    expect(parentsOfTag).toEqual([value, inner]);
  });
});
