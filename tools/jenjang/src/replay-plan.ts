import type { PartitionRange } from './kafka';

export interface Watermarks {
  partition: number;
  low: bigint;
  high: bigint;
}

/** Where a replay starts: the oldest retained event, an offset (per partition) or a time. */
export type ReplayStart =
  | { kind: 'beginning' }
  | { kind: 'offset'; offset: bigint }
  | { kind: 'time'; offsets: Map<number, bigint> };

/**
 * The range of each partition a replay reads: from the requested start (clamped to what the
 * broker still retains) to the high watermark when the replay began.
 */
export function replayRanges(watermarks: Watermarks[], start: ReplayStart): PartitionRange[] {
  return watermarks.map(({ partition, low, high }) => {
    let from: bigint;
    switch (start.kind) {
      case 'beginning':
        from = low;
        break;
      case 'offset':
        from = start.offset;
        break;
      case 'time':
        // Kafka answers -1 (or the high watermark) when nothing is at or after the time.
        from = start.offsets.get(partition) ?? high;
        if (from < 0n) from = high;
        break;
    }
    if (from < low) from = low;
    if (from > high) from = high;
    return { partition, from, end: high };
  });
}

/** `2026-01-01`, `2026-01-01T08:00:00+07:00` or epoch milliseconds. */
export function parseTime(text: string): number {
  const millis = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(millis)) throw new Error(`not a time: ${text}`);
  return millis;
}
