import { describeRepository, isRemoteUrl, redactServerPaths } from './publicRepository';

describe('what users see of a repository', () => {
  it('tells URLs from local paths', () => {
    expect(isRemoteUrl('https://git.lab/x.git')).toBe(true);
    expect(isRemoteUrl('git@git.lab:ops/x.git')).toBe(true);
    expect(isRemoteUrl('/var/lib/homeport/gitops-demo.git')).toBe(false);
  });

  it('names a local repository by id only, a URL without its credentials', () => {
    expect(describeRepository({ id: 'demo', url: '/data/gitops-demo.git' })).toBe("'demo'");
    expect(describeRepository({ id: 'lab', url: 'https://bot:s3cret@git.lab/ops/cluster.git' })).toBe(
      "'lab' (https://git.lab/ops/cluster.git)",
    );
  });

  it('replaces the repository path and the workspace in git messages', () => {
    const repo = { id: 'demo', url: '/data/gitops-demo.git' };
    expect(
      redactServerPaths(
        "fatal: '/data/gitops-demo.git' does not appear to be a git repository; see file:///data/gitops-demo.git in /tmp/ws-1/repo",
        repo,
        '/tmp/ws-1',
      ),
    ).toBe("fatal: 'repository 'demo'' does not appear to be a git repository; see repository 'demo' in <workspace>/repo");
  });
});
