import {
  demoServiceEntities,
  manyDeliveryIndex,
  manyServiceEntities,
  releaseOf,
  stateFor,
} from '../fixtures';
import { serviceRowOf } from './overview';
import { filterRows, OverviewRow, summarizeDelivery } from './overview';

const release = releaseOf;

function manyRows(count: number): OverviewRow[] {
  const index = manyDeliveryIndex(count);
  return manyServiceEntities(count).map(e => {
    const row = serviceRowOf(e);
    return {
      ...row,
      delivery: summarizeDelivery(index.byKubernetesId.get(row.kubernetesId)),
    };
  });
}

describe('overview rows', () => {
  it('summarize a service by its worst delivery object', () => {
    expect(summarizeDelivery(undefined)).toEqual({
      state: 'none',
      objects: [],
    });
    const s = summarizeDelivery([
      release('a', 'ready'),
      release('b', 'failing'),
      release('c', 'progressing'),
    ]);
    expect(s.state).toBe('failing');
    expect(s.message).toBe('Helm upgrade failed for release b/b');
    expect(
      summarizeDelivery(stateFor(demoServiceEntities[0]).delivery).state,
    ).toBe('ready');
  });

  it('count findings by severity and tolerate bad annotations', () => {
    const row = manyRows(11)[10];
    expect(row.findings).toEqual({ error: 1, warning: 0, info: 0, total: 1 });
    const bad = serviceRowOf({
      ...demoServiceEntities[0],
      metadata: {
        ...demoServiceEntities[0].metadata,
        annotations: {
          'homeport.dev/repository': 'demo',
          'homeport.dev/findings': 'oops',
        },
      },
    });
    expect(bad.findings.total).toBe(0);
  });

  it('filter by search terms, repository, owner, delivery and findings', () => {
    const rows = manyRows(100);
    const all = { query: '', withFindings: false };
    const sort = { key: 'name' as const, direction: 'asc' as const };
    expect(
      filterRows(rows, { ...all, query: 'svc-004' }, sort).map(r => r.name),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `svc-004${i}`));
    expect(
      filterRows(rows, { ...all, query: 'repo-1 team-2' }, sort).every(
        r => r.repository === 'repo-1' && r.owner === 'group:default/team-2',
      ),
    ).toBe(true);
    expect(
      filterRows(rows, { ...all, repository: 'repo-0' }, sort),
    ).toHaveLength(34);
    expect(
      filterRows(rows, { ...all, owner: 'group:default/team-3' }, sort),
    ).toHaveLength(14);
    expect(
      filterRows(rows, { ...all, delivery: 'failing' }, sort),
    ).toHaveLength(12);
    expect(filterRows(rows, { ...all, withFindings: true }, sort)).toHaveLength(
      20,
    );
  });

  it('sort by delivery (failing first) and by findings (errors first)', () => {
    const rows = manyRows(20);
    const all = { query: '', withFindings: false };
    expect(
      filterRows(rows, all, { key: 'delivery', direction: 'asc' })
        .slice(0, 3)
        .map(r => r.name),
    ).toEqual(['svc-0000', 'svc-0009', 'svc-0018']);
    expect(
      filterRows(rows, all, { key: 'findings', direction: 'asc' })
        .slice(0, 3)
        .map(r => r.name),
    ).toEqual(['svc-0000', 'svc-0010', 'svc-0005']);
    expect(
      filterRows(rows, all, { key: 'name', direction: 'desc' })[0].name,
    ).toBe('svc-0019');
  });

  it('filter and sort 2,000 services in well under a frame budget per keystroke', () => {
    const rows = manyRows(2000);
    const started = performance.now();
    for (const query of [
      's',
      'sv',
      'svc',
      'svc-1',
      'svc-19',
      'repo-2 team-4',
    ]) {
      filterRows(
        rows,
        { query, withFindings: false },
        { key: 'delivery', direction: 'asc' },
      );
    }
    const perKeystroke = (performance.now() - started) / 6;
    expect(perKeystroke).toBeLessThan(50);
  });
});
