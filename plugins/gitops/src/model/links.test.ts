import { fileUrl } from './links';

describe('fileUrl', () => {
  it('swaps the folder for the file path on GitHub, with blob pages and line anchors', () => {
    const github = 'url:https://github.com/lab/cluster/tree/main/apps/mealie/';
    expect(fileUrl(github, 'apps/mealie', 'apps/mealie/deployment.yaml')).toBe(
      'https://github.com/lab/cluster/blob/main/apps/mealie/deployment.yaml',
    );
    expect(fileUrl(github, 'apps/mealie', 'vault/policy/mealie.hcl', 12)).toBe(
      'https://github.com/lab/cluster/blob/main/vault/policy/mealie.hcl#L12',
    );
  });

  it('knows GitLab, Gitea and Bitbucket pages', () => {
    expect(
      fileUrl(
        'url:https://gitlab.com/lab/cluster/-/tree/main/apps/a/',
        'apps/a',
        'apps/a/x.yaml',
        3,
      ),
    ).toBe('https://gitlab.com/lab/cluster/-/blob/main/apps/a/x.yaml#L3');
    expect(
      fileUrl(
        'url:https://git.example.com/lab/cluster/src/branch/main/apps/a/',
        'apps/a',
        'apps/a b.yaml',
        3,
      ),
    ).toBe(
      'https://git.example.com/lab/cluster/src/branch/main/apps/a%20b.yaml#L3',
    );
    expect(
      fileUrl(
        'url:https://bitbucket.org/lab/cluster/src/main/apps/a/',
        'apps/a',
        'apps/a/x.yaml',
        3,
      ),
    ).toBe('https://bitbucket.org/lab/cluster/src/main/apps/a/x.yaml#lines-3');
  });

  it('gives no link it cannot be sure of', () => {
    expect(fileUrl(undefined, 'apps/mealie', 'a')).toBeUndefined();
    expect(
      fileUrl('file:/srv/cache/demo/apps/mealie/', 'apps/mealie', 'a'),
    ).toBeUndefined();
    expect(
      fileUrl(
        'url:https://github.com/lab/cluster/tree/main/apps/other/',
        'apps/mealie',
        'a',
      ),
    ).toBeUndefined();
  });
});
