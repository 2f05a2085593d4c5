import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { readRepositoryConfigs } from './readRepositoryConfigs';

describe('readRepositoryConfigs', () => {
  it('reads repositories with defaults and resolves local paths', () => {
    const config = new ConfigReader({
      homeport: {
        repositories: [
          { id: 'demo', url: 'data/demo.git', seedFrom: 'examples/gitops-repo' },
          {
            id: 'lab',
            url: 'https://git.example.com/lab/cluster.git',
            branch: 'trunk',
            profile: 'argocd-ceph-eso',
            defaultOwner: 'group:default/lab',
            publish: { type: 'gitea', repoUrl: 'git.example.com?owner=lab&repo=cluster' },
          },
        ],
      },
    });
    expect(readRepositoryConfigs(config)).toEqual([
      {
        id: 'demo',
        url: path.resolve('data/demo.git'),
        branch: 'main',
        profile: 'auto',
        defaultOwner: 'group:default/platform',
        seedFrom: path.resolve('examples/gitops-repo'),
        publish: { type: 'branch', repoUrl: undefined },
      },
      {
        id: 'lab',
        url: 'https://git.example.com/lab/cluster.git',
        branch: 'trunk',
        profile: 'argocd-ceph-eso',
        defaultOwner: 'group:default/lab',
        seedFrom: undefined,
        publish: { type: 'gitea', repoUrl: 'git.example.com?owner=lab&repo=cluster' },
      },
    ]);
  });

  it('reads an entity name prefix, and refuses one that would make bad names', () => {
    const read = (entityNamePrefix: string) =>
      readRepositoryConfigs(
        new ConfigReader({ homeport: { repositories: [{ id: 'lab', url: '/r', entityNamePrefix }] } }),
      );
    expect(read('lab-')[0].entityNamePrefix).toBe('lab-');
    expect(() => read('Lab_')).toThrow(
      "homeport.repositories[0].entityNamePrefix 'Lab_' must be lowercase letters, digits and '-', starting with a letter or digit, at most 30 characters",
    );
  });

  it('reads nothing when no repository is configured', () => {
    expect(readRepositoryConfigs(new ConfigReader({}))).toEqual([]);
  });

  it.each([
    [[{ id: 'Demo_1', url: '/r' }], "homeport.repositories[0].id 'Demo_1' must be a DNS-1123 label"],
    [[{ id: 'a', url: '/r' }, { id: 'a', url: '/s' }], "homeport.repositories: id 'a' appears twice"],
    [[{ id: 'a', url: 'git@host:lab/x.git', seedFrom: 'x' }], 'homeport.repositories[0].seedFrom needs a local path in url, not git@host:lab/x.git'],
    [[{ id: 'a', url: '/r', publish: { type: 'svn' } }], "homeport.repositories[0].publish.type 'svn' must be one of branch, github, gitlab, bitbucket, gitea"],
    [[{ id: 'a', url: '/r', publish: { type: 'github' } }], 'homeport.repositories[0].publish.repoUrl is required for publish.type github'],
  ])('refuses bad configuration %j', (repositories, message) => {
    expect(() =>
      readRepositoryConfigs(new ConfigReader({ homeport: { repositories } })),
    ).toThrow(message);
  });
});
