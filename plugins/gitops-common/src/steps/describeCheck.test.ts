import { describeCheck } from './describeCheck';

describe('describeCheck', () => {
  it('says what each kind of check looks at', () => {
    expect(describeCheck({ kind: 'secret', namespace: 'mealie', name: 'mealie-oidc', keys: ['client_id', 'client_secret'] })).toBe(
      'Secret mealie/mealie-oidc holds client_id, client_secret (Homeport checks the cluster).',
    );
    expect(describeCheck({ kind: 'secret', namespace: 'a', name: 'b', keys: [] })).toBe(
      'Secret a/b holds its keys (Homeport checks the cluster).',
    );
    expect(describeCheck({ kind: 'external-secret', namespace: 'mealie', name: 'mealie-db' })).toBe(
      'ExternalSecret mealie/mealie-db is Ready (Homeport checks the cluster).',
    );
    expect(describeCheck({ kind: 'dns', host: 'mealie.example.com' })).toBe('mealie.example.com resolves (Homeport asks the resolver).');
    expect(describeCheck({ kind: 'manual', how: 'Log in through the OIDC app.' })).toBe('Log in through the OIDC app.');
  });
});
