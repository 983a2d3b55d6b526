import { nineBoxDistribution, stalledPlans, successionCoverage } from './reports';

describe(nineBoxDistribution.name, () => {
  it('should count people per unit and box, keeping the unplaced apart', () => {
    expect(
      nineBoxDistribution([
        { unitId: 'u2', box: 9 },
        { unitId: 'u1', box: 5 },
        { unitId: 'u1', box: 5 },
        { unitId: 'u1', box: null },
      ]),
    ).toEqual([
      { unitId: 'u1', total: 3, boxes: [0, 0, 0, 0, 2, 0, 0, 0, 0], unplaced: 1 },
      { unitId: 'u2', total: 1, boxes: [0, 0, 0, 0, 0, 0, 0, 0, 1], unplaced: 0 },
    ]);
  });
});

describe(successionCoverage.name, () => {
  it('should count a key position covered only by a confirmed, still eligible candidate', () => {
    const keys = [
      { positionId: 'a', name: 'A', unitId: 'u' },
      { positionId: 'b', name: 'B', unitId: 'u' },
      { positionId: 'c', name: 'C', unitId: 'u' },
    ];
    const report = successionCoverage(keys, [
      {
        positionId: 'a',
        candidates: [{ status: 'CONFIRMED', level: 'READY_NOW', eligible: true }],
      },
      {
        positionId: 'b',
        candidates: [
          { status: 'CONFIRMED', level: 'READY_NOW', eligible: false },
          { status: 'PROPOSED', level: 'READY_NOW', eligible: true },
        ],
      },
    ]);
    expect(report).toMatchObject({
      keyPositions: 3,
      covered: 1,
      readyNow: 1,
      percentCovered: 33.3,
    });
    expect(report.positions.map((p) => [p.positionId, p.pool, p.confirmed, p.proposed])).toEqual([
      ['a', true, 1, 0],
      ['b', true, 0, 1],
      ['c', false, 0, 0],
    ]);
  });
});

describe(stalledPlans.name, () => {
  it('should list plans with no progress for the given days, most overdue first', () => {
    const now = new Date('2026-06-30T00:00:00Z');
    const old = new Date('2025-01-01');
    const plans = [
      { employeeId: 'fresh', createdAt: new Date('2026-06-01'), lastProgressAt: null, steps: [] },
      { employeeId: 'moving', createdAt: old, lastProgressAt: new Date('2026-06-20'), steps: [] },
      {
        employeeId: 'idle',
        createdAt: old,
        lastProgressAt: null,
        steps: [{ status: 'PLANNED', endDate: '2026-03-31' }],
      },
      {
        employeeId: 'quiet',
        createdAt: old,
        lastProgressAt: new Date('2026-01-01'),
        steps: [{ status: 'DONE', endDate: '2026-01-31' }],
      },
    ];
    expect(
      stalledPlans(plans, now, 90, '2026-06-30').map((p) => [p.employeeId, p.overdueSteps]),
    ).toEqual([
      ['idle', 1],
      ['quiet', 0],
    ]);
  });
});
