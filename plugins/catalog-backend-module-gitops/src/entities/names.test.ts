import { entityName, NameRegistry } from './names';

describe('entity names', () => {
  it('keeps valid names and repairs others', () => {
    expect(entityName('mealie-db')).toBe('mealie-db');
    expect(entityName('My App_1.2')).toBe('My-App_1.2');
    expect(entityName('--a//b..c--')).toBe('a-b.c');
    expect(entityName('???')).toBe('unnamed');
    const long = entityName(`${'x'.repeat(70)}-tail`);
    expect(long).toHaveLength(63);
    expect(long).toMatch(/^x+-[0-9a-f]{8}$/);
    expect(entityName(`${'x'.repeat(70)}-other`)).not.toBe(long);
  });

  it('hands out distinct names', () => {
    const names = new NameRegistry();
    expect(names.claim('immich', 'secret')).toBe('immich');
    expect(names.claim('immich', 'secret')).toBe('immich-secret');
    expect(names.claim('IMMICH', 'secret')).toBe('IMMICH-secret-2');
    expect(names.claim('other')).toBe('other');
  });
});
