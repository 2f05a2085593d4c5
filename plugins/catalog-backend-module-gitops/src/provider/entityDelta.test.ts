import { Entity } from '@backstage/catalog-model';
import { entityDelta } from './entityDelta';

const component = (name: string, commit: string, owner = 'group:default/home'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations: { 'homeport.dev/commit': commit, 'homeport.dev/folder': `apps/${name}` } },
  spec: { type: 'service', lifecycle: 'production', owner },
});

describe('entityDelta', () => {
  it('adds everything the first time', () => {
    const first = entityDelta(new Map(), [component('a', 'c1'), component('b', 'c1')]);
    expect(first.added.map(e => e.metadata.name)).toEqual(['a', 'b']);
    expect(first.removed).toEqual([]);
    expect([...first.applied.keys()]).toEqual(['component:default/a', 'component:default/b']);
  });

  it('names the changed, new and removed entities; an entity changed only in its commit stays as applied', () => {
    const { applied } = entityDelta(new Map(), [component('a', 'c1'), component('b', 'c1'), component('c', 'c1')]);
    const next = entityDelta(applied, [component('a', 'c2'), component('b', 'c2', 'group:default/media'), component('d', 'c2')]);
    expect(next.added).toEqual([component('b', 'c2', 'group:default/media'), component('d', 'c2')]);
    expect(next.removed).toEqual(['component:default/c']);
    // What the catalog holds: a as applied at c1, b and d at c2.
    expect([...next.applied].map(([ref, v]) => `${ref}@${v.commit}`)).toEqual([
      'component:default/a@c1',
      'component:default/b@c2',
      'component:default/d@c2',
    ]);
    expect(next.applied.get('component:default/a')).toBe(applied.get('component:default/a'));
    const again = entityDelta(next.applied, [component('a', 'c3'), component('b', 'c3', 'group:default/media'), component('d', 'c3')]);
    expect(again.added).toEqual([]);
    expect(again.removed).toEqual([]);
  });
});
