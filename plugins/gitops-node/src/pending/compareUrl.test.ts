import { compareUrlOf } from './compareUrl';

describe('compareUrlOf', () => {
  it('links each forge to its compare view of the branch', () => {
    expect(compareUrlOf('github', 'github.com?owner=lab&repo=cluster', 'main', 'homeport/web')).toBe(
      'https://github.com/lab/cluster/compare/main...homeport/web',
    );
    expect(compareUrlOf('gitea', 'git.lab?owner=ops&repo=cluster', 'main', 'homeport/web')).toBe(
      'https://git.lab/ops/cluster/compare/main...homeport/web',
    );
    expect(compareUrlOf('gitlab', 'gitlab.com?owner=lab&repo=cluster', 'main', 'homeport/web')).toBe(
      'https://gitlab.com/lab/cluster/-/compare/main...homeport/web',
    );
    expect(compareUrlOf('bitbucket', 'bitbucket.lab?project=OPS&repo=cluster', 'main', 'homeport/web')).toBe(
      'https://bitbucket.lab/projects/OPS/repos/cluster/compare/commits?sourceBranch=refs%2Fheads%2Fhomeport%2Fweb&targetBranch=refs%2Fheads%2Fmain',
    );
  });

  it('has no compare view for a pushed branch', () => {
    expect(compareUrlOf('branch', undefined, 'main', 'homeport/web')).toBe('');
  });
});
