import { declinesByUnit, type DecidedItem } from './decline-report';

const item = (status: DecidedItem['status'], declineReason: string | null = null): DecidedItem => ({
  status,
  declineReason,
});

describe(declinesByUnit.name, () => {
  it('should count per unit, rate declines among answers and group the same reason', () => {
    const report = declinesByUnit([
      {
        unitId: 'u-b',
        items: [
          item('DECLINED', 'Beban kerja  tinggi'),
          item('ACCEPTED'),
          item('DECLINED', 'beban kerja tinggi'),
        ],
      },
      { unitId: 'u-b', items: [item('DECLINED'), item('EXPIRED'), item('OPEN')] },
      { unitId: 'u-a', items: [item('OPEN')] },
    ]);
    expect(report).toEqual([
      {
        unitId: 'u-a',
        recommended: 1,
        accepted: 0,
        declined: 0,
        expired: 0,
        open: 1,
        declineRate: null,
        reasons: [],
        withoutReason: 0,
      },
      {
        unitId: 'u-b',
        recommended: 6,
        accepted: 1,
        declined: 3,
        expired: 1,
        open: 1,
        declineRate: 0.75,
        reasons: [{ reason: 'Beban kerja tinggi', count: 2 }],
        withoutReason: 1,
      },
    ]);
  });

  it('should keep only the most given reasons of a unit', () => {
    const items = Array.from({ length: 12 }, (_, i) => item('DECLINED', `alasan ${i}`));
    const [unit] = declinesByUnit([{ unitId: 'u', items: [...items, items[11]] }]);
    expect(unit.reasons).toHaveLength(10);
    expect(unit.reasons[0]).toEqual({ reason: 'alasan 11', count: 2 });
  });
});
