import { imageFromValues, parseImage } from './images';

describe('image references', () => {
  it('splits registry/repository, tag and digest', () => {
    expect(
      parseImage('ghcr.io/home-operations/plex:1.43.3@sha256:4f1d'),
    ).toEqual({
      repository: 'ghcr.io/home-operations/plex',
      tag: '1.43.3',
      digest: 'sha256:4f1d',
      raw: 'ghcr.io/home-operations/plex:1.43.3@sha256:4f1d',
    });
    expect(parseImage('registry.local:5000/team/app')).toEqual({
      repository: 'registry.local:5000/team/app',
      raw: 'registry.local:5000/team/app',
    });
    expect(parseImage('caddy:2.11.4-alpine')).toEqual({
      repository: 'caddy',
      tag: '2.11.4-alpine',
      raw: 'caddy:2.11.4-alpine',
    });
  });

  it('reads images written as Helm values', () => {
    expect(
      imageFromValues({ repository: 'ghcr.io/x/y', tag: '1.0@sha256:ab' })?.raw,
    ).toBe('ghcr.io/x/y:1.0@sha256:ab');
    expect(
      imageFromValues({
        registry: 'docker.io',
        repository: 'bitnami/redis',
        tag: '7.2',
      })?.raw,
    ).toBe('docker.io/bitnami/redis:7.2');
    expect(
      imageFromValues({
        repositoryWithRegistry: 'ghcr.io/juliuste/bahn.guru',
        tag: 'v1',
      })?.raw,
    ).toBe('ghcr.io/juliuste/bahn.guru:v1');
    expect(imageFromValues({ tag: '1.0' })).toBeUndefined();
    expect(imageFromValues('IfNotPresent')).toBeUndefined();
  });
});
