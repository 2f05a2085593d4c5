import { DEMO_REPO } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { ReadCache } from './readCache';
import { readRepository } from './readRepository';

describe('ReadCache', () => {
  it('gives the same model as an uncached read, and follows changed files', () => {
    const tree = readTreeSync(DEMO_REPO);
    const cache = new ReadCache();
    const plain = readRepository(tree);
    expect(readRepository(tree, { cache })).toEqual(plain);
    expect(readRepository(tree, { cache })).toEqual(plain);
    const size = cache.size;
    expect(size).toBeGreaterThan(0);

    const changed = tree.with([
      [
        'apps/teamspeak/statefulset.yaml',
        tree
          .read('apps/teamspeak/statefulset.yaml')!
          .replace('teamspeak:3.13.7', 'teamspeak:3.13.8'),
      ],
    ]);
    const next = readRepository(changed, { cache });
    expect(next).toEqual(readRepository(changed));
    expect(
      next.services.find(s => s.id === 'teamspeak')?.workloads[0].images[0].raw,
    ).toBe('teamspeak:3.13.8');
    expect(cache.size).toBe(size);
  });
});
