import { appOfFile } from './appOfFile';

describe('appOfFile', () => {
  const appOf = appOfFile([
    { app: 'a', folder: 'apps/a' },
    { app: 'ab', folder: 'apps/ab' },
    { app: 'x', folder: 'cluster/apps/media/x' },
  ]);

  it('finds the app whose folder holds the file, at any depth', () => {
    expect(appOf('apps/a/release.yaml')).toBe('a');
    expect(appOf('apps/ab/sub/pvc.yaml')).toBe('ab');
    expect(appOf('cluster/apps/media/x/app/deployment.yaml')).toBe('x');
  });

  it('finds none for files beside or outside the app folders', () => {
    expect(appOf('apps/kustomization.yaml')).toBeUndefined();
    expect(appOf('apps/a')).toBeUndefined();
    expect(appOf('apps/abc/release.yaml')).toBeUndefined();
    expect(appOf('README.md')).toBeUndefined();
  });

  it('prefers the first app of the list when folders nest', () => {
    const nested = appOfFile([
      { app: 'inner', folder: 'apps/a/b' },
      { app: 'outer', folder: 'apps/a' },
    ]);
    expect(nested('apps/a/b/x.yaml')).toBe('inner');
    expect(nested('apps/a/x.yaml')).toBe('outer');
  });
});
