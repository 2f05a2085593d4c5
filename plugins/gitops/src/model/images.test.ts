import type { GitWorkload } from '../annotations';
import { compareImage, normalizeRepository, parseImage } from './images';

describe('images', () => {
  it('split references into repository, tag and digest', () => {
    expect(parseImage('teamspeak:3.13.6')).toEqual({
      repository: 'teamspeak',
      tag: '3.13.6',
    });
    expect(parseImage('localhost:5000/app')).toEqual({
      repository: 'localhost:5000/app',
    });
    expect(parseImage('ghcr.io/a/b:1.0@sha256:abc')).toEqual({
      repository: 'ghcr.io/a/b',
      tag: '1.0',
      digest: 'sha256:abc',
    });
  });

  it('normalize Docker Hub names', () => {
    expect(normalizeRepository('teamspeak')).toBe(
      'docker.io/library/teamspeak',
    );
    expect(normalizeRepository('docker.io/library/teamspeak')).toBe(
      'docker.io/library/teamspeak',
    );
    expect(normalizeRepository('index.docker.io/bitnami/redis')).toBe(
      'docker.io/bitnami/redis',
    );
    expect(normalizeRepository('ghcr.io/Owner/App')).toBe('ghcr.io/owner/app');
  });

  const git: GitWorkload[] = [
    {
      kind: 'StatefulSet',
      name: 'teamspeak',
      images: [
        { repository: 'teamspeak', tag: '3.13.7', raw: 'teamspeak:3.13.7' },
      ],
    },
    {
      kind: 'HelmRelease',
      name: 'podinfo',
      images: [
        { repository: 'ghcr.io/stefanprodan/podinfo', tag: '6.9.1', raw: '' },
      ],
    },
  ];

  it('flag a running tag that differs from git as drift', () => {
    expect(
      compareImage(
        'teamspeak',
        'docker.io/library/teamspeak:3.13.6',
        { kind: 'StatefulSet', name: 'teamspeak' },
        git,
      ),
    ).toEqual({
      container: 'teamspeak',
      image: 'docker.io/library/teamspeak:3.13.6',
      repository: 'docker.io/library/teamspeak',
      tag: '3.13.6',
      gitTag: '3.13.7',
      drift: 'drift',
    });
  });

  it('match a chart-rendered workload against any image of the service', () => {
    expect(
      compareImage(
        'podinfo',
        'ghcr.io/stefanprodan/podinfo:6.9.1',
        { kind: 'Deployment', name: 'podinfo' },
        git,
      ).drift,
    ).toBe('same');
  });

  it('say when git does not name the image', () => {
    const image = compareImage(
      'postgres',
      'ghcr.io/cloudnative-pg/postgresql:17.4',
      undefined,
      git,
    );
    expect(image.drift).toBe('not-in-git');
    expect(image.gitTag).toBeUndefined();
  });
});
