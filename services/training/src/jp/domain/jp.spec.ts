import { dueRound, jpYear, perUnit, standing } from './jp';

describe('JP rules', () => {
  it('should count what is missing toward the minimum and never below zero', () => {
    expect(standing('e1', 'u1', 12, 20)).toMatchObject({ jpMissing: 8, met: false });
    expect(standing('e2', 'u1', 24, 20)).toMatchObject({ jpMissing: 0, met: true });
  });

  it('should list per unit who is behind, the furthest behind first', () => {
    const units = perUnit([
      standing('e1', 'u1', 12, 20),
      standing('e2', 'u1', 20, 20),
      standing('e3', 'u1', 0, 20),
      standing('e4', 'u2', 30, 20),
    ]);

    expect(units).toEqual([
      expect.objectContaining({ unitId: 'u1', people: 3, met: 1, metPercent: 33.33 }),
      expect.objectContaining({ unitId: 'u2', people: 1, met: 1, metPercent: 100, behind: [] }),
    ]);
    expect(units[0].behind.map((b) => b.employeeId)).toEqual(['e3', 'e1']);
  });

  it('should find no reminder round before the first date', () => {
    expect(dueRound(['10-01', '12-01'], new Date('2026-09-30T10:00:00Z'))).toBeNull();
  });

  it('should pick the latest round whose date has come, in Jakarta time', () => {
    // 30 Nov 18:00 UTC is already 1 December in Jakarta.
    expect(dueRound(['10-01', '12-01'], new Date('2026-11-30T18:00:00Z'))).toEqual({
      year: 2026,
      round: 2,
    });
    expect(dueRound(['10-01', '12-01'], new Date('2026-10-15T00:00:00Z'))).toEqual({
      year: 2026,
      round: 1,
    });
  });
});

describe(jpYear.name, () => {
  it('should count a December course toward its year when the completion is recorded in January', () => {
    expect(jpYear(new Date('2025-12-19T09:00:00Z'), new Date('2026-01-06T02:00:00Z'))).toBe(2025);
  });

  it('should take the year in WIB when the course ends on New Year eve after 17.00 UTC', () => {
    expect(jpYear(new Date('2025-12-31T17:30:00Z'), new Date('2026-01-02T02:00:00Z'))).toBe(2026);
  });

  it('should count an early finish toward the year it was recorded when the session ends later', () => {
    expect(jpYear(new Date('2026-01-15T09:00:00Z'), new Date('2025-12-30T09:00:00Z'))).toBe(2025);
  });
});
