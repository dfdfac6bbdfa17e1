import { describe, expect, it } from 'vitest';
import { services } from './helpers';

describe('CacheService', () => {
  it('returns what was put until it expires', () => {
    let now = new Date('2024-01-01T00:00:00Z');
    const { cache } = services([], { now: () => now });
    const c = cache.getScriptCache() as GoogleAppsScript.Cache.Cache;
    c.put('k', 'v', 60);
    expect(c.get('k')).toBe('v');
    now = new Date('2024-01-01T00:01:01Z');
    expect(c.get('k')).toBeNull();
  });

  it('puts, gets and removes several keys', () => {
    const { cache } = services();
    const c = cache.getUserCache() as GoogleAppsScript.Cache.Cache;
    c.putAll({ a: '1', b: '2' });
    expect(c.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    c.removeAll(['a']);
    c.remove('b');
    expect(c.getAll(['a', 'b'])).toEqual({});
  });

  it('refuses a value over 100 KB', () => {
    const { cache } = services();
    const c = cache.getDocumentCache() as GoogleAppsScript.Cache.Cache;
    expect(() => c.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});
