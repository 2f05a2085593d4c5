import { changedPaths } from './changedPaths';
import { MapFileTree } from './FileTree';

describe('changedPaths', () => {
  it('lists the files whose text changed, and nothing when files were added or removed', () => {
    const a = new MapFileTree({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    expect([...changedPaths(a, a.with([['b.yaml', 'b: 2\n']]))!]).toEqual(['b.yaml']);
    expect([...changedPaths(a, a)!]).toEqual([]);
    expect(changedPaths(a, a.with([['c.yaml', 'c: 1\n']]))).toBeUndefined();
    expect(changedPaths(a, a.with([['b.yaml', undefined]]))).toBeUndefined();
  });
});
