import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout, SHA-1 of the parts) that is the same for the same parts: set,
 * recommendation, completion and reminder ids, so a redelivered cause or a rerun never doubles.
 */
export function deterministicId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// JP count toward the calendar year in Asia/Jakarta (UTC+7, no daylight saving).
const WIB_OFFSET_MS = 7 * 3600_000;
export const yearOf = (at: Date): number => new Date(at.getTime() + WIB_OFFSET_MS).getUTCFullYear();
export const dateOf = (at: Date): string =>
  new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
