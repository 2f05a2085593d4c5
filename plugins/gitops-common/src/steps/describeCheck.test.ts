import { describeCheck, describeDone } from './describeCheck';

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

describe('describeDone', () => {
  it('says who marked the step done, on which day, and their note', () => {
    expect(describeDone({ by: 'user:default/guest', at: '2026-11-02T18:40:00.000Z', note: 'Tested.' })).toBe(
      'Marked done by user:default/guest on 2026-11-02: Tested.',
    );
    expect(describeDone({ by: 'user:default/jane', at: '2026-12-07T09:00:00.000Z' })).toBe(
      'Marked done by user:default/jane on 2026-12-07',
    );
  });
});
