import { agencyScope, provinceScope } from './tenant';
import { cacheKey, TtlCache } from './ttl-cache';

describe(TtlCache.name, () => {
  it('should load once within the time to live, again after it, and at once after a clear', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<number>(2_000, () => now);
    const load = () => Promise.resolve(++loads);
    expect(await cache.get('ag1|rules', load)).toBe(1);
    now = 1_999;
    expect(await cache.get('ag1|rules', load)).toBe(1);
    now = 2_000;
    expect(await cache.get('ag1|rules', load)).toBe(2);
    cache.clear('ag1|');
    expect(await cache.get('ag1|rules', load)).toBe(3);
  });

  it('should share one load between concurrent reads and not keep a failed load', async () => {
    let loads = 0;
    const cache = new TtlCache<number>(1_000);
    const [a, b] = await Promise.all([
      cache.get('k', () => Promise.resolve(++loads)),
      cache.get('k', () => Promise.resolve(++loads)),
    ]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    await expect(cache.get('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('x', () => Promise.resolve(7))).toBe(7);
  });

  it('should clear one agency with the prefix of its scope and not an agency whose id extends it', async () => {
    let loads = 0;
    const cache = new TtlCache<number>(60_000);
    const load = () => Promise.resolve(++loads);
    await cache.get(cacheKey(agencyScope('a-1'), 'settings'), load);
    await cache.get(cacheKey(agencyScope('a-10'), 'settings'), load);
    cache.clear(cacheKey(agencyScope('a-1')));
    expect(await cache.get(cacheKey(agencyScope('a-10'), 'settings'), load)).toBe(2);
    expect(await cache.get(cacheKey(agencyScope('a-1'), 'settings'), load)).toBe(3);
    expect(cacheKey(provinceScope('report'), 'x')).toBe('province|x');
  });

  it('should forget exactly one key with delete and keep the keys it prefixes', async () => {
    let loads = 0;
    const cache = new TtlCache<number>(60_000);
    const load = () => Promise.resolve(++loads);
    await cache.get('a|x', load);
    await cache.get('a|x2', load);
    cache.delete('a|x');
    expect(await cache.get('a|x2', load)).toBe(2);
    expect(await cache.get('a|x', load)).toBe(3);
  });
});
