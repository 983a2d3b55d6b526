import { parseTime, replayRanges, type Watermarks } from './replay-plan';

const marks: Watermarks[] = [
  { partition: 0, low: 0n, high: 10n },
  { partition: 1, low: 5n, high: 8n },
];

describe('replayRanges', () => {
  it('should read everything retained when starting at the beginning', () => {
    expect(replayRanges(marks, { kind: 'beginning' })).toEqual([
      { partition: 0, from: 0n, end: 10n },
      { partition: 1, from: 5n, end: 8n },
    ]);
  });

  it('should clamp an offset to what the broker still retains', () => {
    expect(replayRanges(marks, { kind: 'offset', offset: 3n })).toEqual([
      { partition: 0, from: 3n, end: 10n },
      { partition: 1, from: 5n, end: 8n },
    ]);
    expect(replayRanges(marks, { kind: 'offset', offset: 99n })[0]).toEqual({
      partition: 0,
      from: 10n,
      end: 10n,
    });
  });

  it('should read nothing of a partition with no event at or after the time', () => {
    const offsets = new Map([
      [0, 7n],
      [1, -1n],
    ]);
    expect(replayRanges(marks, { kind: 'time', offsets })).toEqual([
      { partition: 0, from: 7n, end: 10n },
      { partition: 1, from: 8n, end: 8n },
    ]);
  });
});

describe('parseTime', () => {
  it('should accept ISO dates, times with offsets and epoch milliseconds', () => {
    expect(parseTime('2026-01-01T00:00:00Z')).toBe(Date.UTC(2026, 0, 1));
    expect(parseTime('2026-01-01T07:00:00+07:00')).toBe(Date.UTC(2026, 0, 1));
    expect(parseTime('1767225600000')).toBe(1767225600000);
  });

  it('should refuse what is not a time', () => {
    expect(() => parseTime('yesterday')).toThrow('not a time: yesterday');
  });
});
