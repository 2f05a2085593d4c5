import { ConfigReader } from '@backstage/config';
import { readTimeouts } from './readTimeouts';

describe('readTimeouts', () => {
  it('defaults to 60 s for git and 30 s for HTTP', () => {
    expect(readTimeouts(new ConfigReader({}))).toEqual({ gitMs: 60_000, httpMs: 30_000 });
  });

  it('reads durations as objects or ISO 8601', () => {
    expect(
      readTimeouts(new ConfigReader({ homeport: { timeouts: { git: { seconds: 5 }, http: 'PT1M' } } })),
    ).toEqual({ gitMs: 5_000, httpMs: 60_000 });
  });
});
