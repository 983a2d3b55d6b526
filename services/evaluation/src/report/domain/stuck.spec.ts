import { periodOf } from '../../appraisal/domain/period';
import { stuckAppraisals, stuckSkps } from './stuck';

const rules = {
  asOf: new Date('2026-03-03T12:00:00Z'),
  appraisalGraceDays: 30,
  keberatanDays: 30,
};

describe('stuckSkps', () => {
  it('should report an SKP not approved after the end of January with its days late', () => {
    const items = stuckSkps(
      [
        {
          id: 's1',
          employeeId: 'e1',
          unitId: 'u',
          year: 2026,
          status: 'DIAJUKAN',
          updatedAt: new Date('2026-01-20'),
        },
        {
          id: 's2',
          employeeId: 'e2',
          unitId: 'u',
          year: 2026,
          status: 'DISETUJUI',
          updatedAt: new Date('2026-01-20'),
        },
        {
          id: 's3',
          employeeId: 'e3',
          unitId: 'u',
          year: 2027,
          status: 'DRAFT',
          updatedAt: new Date('2026-01-20'),
        },
      ],
      rules,
    );
    expect(items).toEqual([
      expect.objectContaining({
        id: 's1',
        kind: 'SKP_NOT_APPROVED',
        deadline: new Date('2026-02-01T00:00:00Z'),
        daysLate: 31,
      }),
    ]);
  });
});

describe('stuckAppraisals', () => {
  const q4 = periodOf('TRIWULANAN', 2025, 4);
  const base = { employeeId: 'e', unitId: 'u', version: 1, updatedAt: new Date('2026-01-05') };

  it('should list an old objection under both deadlines when both have passed', () => {
    const items = stuckAppraisals(
      [
        {
          ...base,
          id: 'a1',
          period: q4,
          status: 'KEBERATAN',
          keberatanFiledAt: new Date('2026-01-10T00:00:00Z'),
        },
        { ...base, id: 'a2', period: q4, status: 'FINAL', keberatanFiledAt: null },
      ],
      rules,
    );
    expect(items.map((i) => [i.id, i.kind])).toEqual([
      ['a1', 'APPRAISAL_NOT_FINAL'],
      ['a1', 'KEBERATAN_UNDECIDED'],
    ]);
    // The quarter ends 31 December; 30 grace days from 1 January end on 31 January.
    expect(items[0].deadline).toEqual(new Date('2026-01-31T00:00:00Z'));
  });

  it('should not report an appraisal still within its grace days', () => {
    const items = stuckAppraisals(
      [{ ...base, id: 'a3', period: q4, status: 'DINILAI', keberatanFiledAt: null }],
      { ...rules, asOf: new Date('2026-01-30T23:00:00Z') },
    );
    expect(items).toEqual([]);
  });
});
