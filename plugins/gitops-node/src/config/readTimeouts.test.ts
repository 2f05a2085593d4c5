import { ConfigReader } from '@backstage/config';
import { readTimeouts } from './readTimeouts';

describe('readTimeouts', () => {
  it('defaults to 60 s for git, 30 s for HTTP and 5 s for a step check', () => {
    expect(readTimeouts(new ConfigReader({}))).toEqual({ gitMs: 60_000, httpMs: 30_000, stepCheckMs: 5_000 });
  });

  it('reads durations as objects or ISO 8601', () => {
    expect(
      readTimeouts(new ConfigReader({ homeport: { timeouts: { git: { seconds: 5 }, http: 'PT1M', stepCheck: 'PT2S' } } })),
    ).toEqual({ gitMs: 5_000, httpMs: 60_000, stepCheckMs: 2_000 });
  });
});
