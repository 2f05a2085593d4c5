import { MapFileTree } from './FileTree';

describe('MapFileTree.with', () => {
  const tree = new MapFileTree({
    'apps/a/kustomization.yaml': 'a',
    'apps/b/deployment.yaml': 'b',
    'README.md': 'r',
  });

  it('changes a file and keeps the rest', () => {
    const next = tree.with([['apps/a/kustomization.yaml', 'a2']]);
    expect(next.read('apps/a/kustomization.yaml')).toBe('a2');
    expect(tree.read('apps/a/kustomization.yaml')).toBe('a');
    expect(next.paths()).toEqual(['README.md', 'apps/a/kustomization.yaml', 'apps/b/deployment.yaml']);
    expect(['apps', 'apps/a', 'apps/b'].map(d => next.exists(d))).toEqual([true, true, true]);
  });

  it('adds files with their folders, in sorted order', () => {
    const next = tree.with([['apps/c/x/pvc.yaml', 'c']]);
    expect(next.paths()).toEqual(['README.md', 'apps/a/kustomization.yaml', 'apps/b/deployment.yaml', 'apps/c/x/pvc.yaml']);
    expect(['apps/c', 'apps/c/x'].map(d => next.exists(d))).toEqual([true, true]);
    expect(tree.exists('apps/c')).toBe(false);
  });

  it('drops the folders of deleted files that hold nothing else', () => {
    const next = tree.with([['apps/b/deployment.yaml', undefined], ['apps/a/new.yaml', 'n']]);
    expect(next.paths()).toEqual(['README.md', 'apps/a/kustomization.yaml', 'apps/a/new.yaml']);
    expect(['apps', 'apps/a', 'apps/b'].map(d => next.exists(d))).toEqual([true, true, false]);
    expect(tree.exists('apps/b')).toBe(true);
  });
});
