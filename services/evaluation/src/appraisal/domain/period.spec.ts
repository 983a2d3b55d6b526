import { InvalidPeriodError, periodOf } from './period';

describe('periodOf', () => {
  it.each([
    ['BULANAN', 2, { startDate: '2026-02-01', endDate: '2026-02-28' }],
    ['TRIWULANAN', 4, { startDate: '2026-10-01', endDate: '2026-12-31' }],
    ['SEMESTERAN', 1, { startDate: '2026-01-01', endDate: '2026-06-30' }],
    ['TAHUNAN', null, { startDate: '2026-01-01', endDate: '2026-12-31' }],
  ] as const)('should span %s %s of 2026 as the calendar says', (kind, index, span) => {
    expect(periodOf(kind, 2026, index)).toEqual({ kind, year: 2026, index, ...span });
  });

  it('should handle the leap February', () => {
    expect(periodOf('BULANAN', 2028, 2).endDate).toBe('2028-02-29');
  });

  it.each([
    ['BULANAN', 13],
    ['TRIWULANAN', 0],
    ['SEMESTERAN', null],
    ['TAHUNAN', 1],
  ] as const)('should refuse %s with index %s', (kind, index) => {
    expect(() => periodOf(kind, 2026, index)).toThrow(InvalidPeriodError);
  });
});
