import {
  editUrl,
  folderLocation,
  repositoryLocation,
  techdocsRef,
  webUrlOf,
} from './sourceLocation';

describe('source locations', () => {
  it('finds the web address of git URLs', () => {
    expect(webUrlOf('https://github.com/lab/cluster.git')).toBe(
      'https://github.com/lab/cluster',
    );
    expect(webUrlOf('https://user:token@gitlab.com/lab/sub/cluster')).toBe(
      'https://gitlab.com/lab/sub/cluster',
    );
    expect(webUrlOf('ssh://git@git.example.com:2222/lab/cluster.git')).toBe(
      'https://git.example.com/lab/cluster',
    );
    expect(webUrlOf('git@github.com:lab/cluster.git')).toBe(
      'https://github.com/lab/cluster',
    );
    expect(webUrlOf('http://localhost:3000/lab/cluster.git')).toBe(
      'http://localhost:3000/lab/cluster',
    );
    expect(webUrlOf('/srv/git/cluster.git')).toBeUndefined();
    expect(webUrlOf('file:///srv/git/cluster.git')).toBeUndefined();
  });

  it('writes folder, edit and TechDocs locations for each forge and for local folders', () => {
    const at = (url: string, publishType?: string) =>
      repositoryLocation({
        url,
        branch: 'main',
        publishType,
        localRoot: '/cache/lab',
      });
    const cases: [string, string | undefined, string, string | undefined][] = [
      [
        'https://github.com/o/r',
        undefined,
        'url:https://github.com/o/r/tree/main/apps/x/',
        'https://github.com/o/r/edit/main/apps/x/a.yaml',
      ],
      [
        'https://gitlab.com/o/r',
        undefined,
        'url:https://gitlab.com/o/r/-/tree/main/apps/x/',
        'https://gitlab.com/o/r/-/edit/main/apps/x/a.yaml',
      ],
      [
        'https://bitbucket.org/o/r',
        undefined,
        'url:https://bitbucket.org/o/r/src/main/apps/x/',
        'https://bitbucket.org/o/r/src/main/apps/x/a.yaml?mode=edit',
      ],
      [
        'https://git.lab/o/r',
        'gitea',
        'url:https://git.lab/o/r/src/branch/main/apps/x/',
        'https://git.lab/o/r/_edit/main/apps/x/a.yaml',
      ],
      ['/srv/r.git', undefined, 'file:/cache/lab/apps/x/', undefined],
    ];
    for (const [url, publishType, folder, edit] of cases) {
      const location = at(url, publishType);
      expect([
        folderLocation(location, 'apps/x'),
        editUrl(location, 'apps/x/a.yaml'),
      ]).toEqual([folder, edit]);
    }
    expect(techdocsRef(at('https://github.com/o/r'), 'apps/x')).toBe('dir:.');
    expect(techdocsRef(at('/srv/r.git'), 'apps/x')).toBe(
      'dir:/cache/lab/apps/x',
    );
    expect(folderLocation(at('/srv/r.git'), '')).toBe('file:/cache/lab/');
  });
});
