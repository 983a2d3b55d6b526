/**
 * How long a relay with `queued` documents, the oldest signalled at `oldestAt`, waits for more:
 * until the oldest has waited `lingerMs`; nothing when none is queued.
 */
export function lingerFor(queued: number, oldestAt: number, now: number, lingerMs: number): number {
  if (queued === 0) return 0;
  return Math.max(0, Math.min(lingerMs, oldestAt + lingerMs - now));
}
