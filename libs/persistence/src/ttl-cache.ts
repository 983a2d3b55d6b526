import type { AgencyScope } from './tenant';

/** How long agency configuration read on the event path may be served from memory. */
export const CONFIG_CACHE_MS = 2_000;

/**
 * A small in-process cache for agency configuration read on every event (rules, templates,
 * settings): an entry lives `ttlMs`, a save in this process clears it at once, and another
 * replica's save is seen within `ttlMs`. Concurrent reads of a missing key share one load.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { until: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    const value = load();
    this.entries.set(key, { until: this.now() + this.ttlMs, value });
    // A failed load is not kept.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 10_000) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Forgets the entry of exactly this key: a write of one document, on the hot path. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /**
   * Forgets every entry whose key starts with `prefix` (e.g. an agency id and a separator): it
   * walks every key, so a write of one document forgets it with `delete`.
   */
  clear(prefix = ''): void {
    for (const key of [...this.entries.keys()])
      if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

/**
 * A cache key for a scope and what is read in it; `cacheKey(scope)` is the prefix that clears
 * everything cached for that scope (`|` ends the agency id, so `a-1` does not clear `a-10`).
 */
export function cacheKey(scope: AgencyScope, ...parts: string[]): string {
  const head = scope.kind === 'agency' ? `agency:${scope.agencyId}|` : 'province|';
  return head + parts.join('|');
}
