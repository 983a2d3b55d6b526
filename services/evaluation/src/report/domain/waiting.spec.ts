import { periodOf } from '../../appraisal/domain/period';
import { stuckAppraisals, stuckSkps } from './stuck';
import { waitingReminders, type RecordOwners } from './waiting';

const rules = {
  asOf: new Date('2026-03-03T12:00:00Z'),
  appraisalGraceDays: 30,
  keberatanDays: 30,
};
const owners = (agencyId: string, penilaiId: string, atasanPenilaiId: string | null) => ({
  agencyId,
  penilaiId,
  atasanPenilaiId,
});
const skp = (id: string, status: 'DRAFT' | 'DIAJUKAN') => ({
  id,
  employeeId: `e-${id}`,
  unitId: 'u',
  year: 2026,
  status,
  updatedAt: new Date('2026-01-20'),
});
const appraisal = (id: string, status: string, keberatanFiledAt: Date | null = null) => ({
  id,
  employeeId: `e-${id}`,
  unitId: 'u',
  period: periodOf('TAHUNAN', 2025, null),
  version: 1,
  status: status as 'DINILAI',
  updatedAt: new Date('2026-01-05'),
  keberatanFiledAt,
});

describe(waitingReminders.name, () => {
  it('should remind the penilai of a submitted SKP and not of a draft, which waits on the pegawai', () => {
    const rows = [skp('s1', 'DIAJUKAN'), skp('s2', 'DRAFT')];
    const own = new Map<string, RecordOwners>([
      ['s1', owners('ag', 'pen', 'ats')],
      ['s2', owners('ag', 'pen', 'ats')],
    ]);

    const reminders = waitingReminders(stuckSkps(rows, rules), own);

    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      agencyId: 'ag',
      personId: 'pen',
      counts: { skpToApprove: 1, appraisalsToFinish: 0, objectionsToDecide: 0 },
    });
    expect(reminders[0].items.map((i) => i.id)).toEqual(['s1']);
  });

  it('should remind the atasan penilai of an objection late on two counts once, and the penilai of an appraisal to rate', () => {
    const rows = [
      appraisal('a1', 'KEBERATAN', new Date('2026-01-10')),
      appraisal('a2', 'DINILAI'),
      appraisal('a3', 'PREDIKAT_DITETAPKAN'),
    ];
    const own = new Map<string, RecordOwners>([
      ['a1', owners('ag', 'pen', 'ats')],
      ['a2', owners('ag', 'pen', 'ats')],
      ['a3', owners('ag', 'pen', 'ats')],
    ]);

    const reminders = waitingReminders(stuckAppraisals(rows, rules), own);
    const of = (person: string) => reminders.find((r) => r.personId === person);

    expect(reminders).toHaveLength(2);
    expect(of('ats')?.items.map((i) => [i.id, i.kind])).toEqual([['a1', 'APPRAISAL_NOT_FINAL']]);
    expect(of('pen')?.items.map((i) => i.id)).toEqual(['a2']);
    expect(of('pen')?.counts.appraisalsToFinish).toBe(1);
  });

  it('should keep agencies apart when one person is penilai in two of them', () => {
    const rows = [skp('s1', 'DIAJUKAN'), skp('s2', 'DIAJUKAN')];
    const own = new Map<string, RecordOwners>([
      ['s1', owners('ag-1', 'pen', null)],
      ['s2', owners('ag-2', 'pen', null)],
    ]);

    const reminders = waitingReminders(stuckSkps(rows, rules), own);

    expect(reminders.map((r) => r.agencyId).sort()).toEqual(['ag-1', 'ag-2']);
  });

  it('should remind nobody of an objection when the appraisal names no atasan penilai', () => {
    const rows = [appraisal('a1', 'KEBERATAN', new Date('2026-01-10'))];
    const own = new Map<string, RecordOwners>([['a1', owners('ag', 'pen', null)]]);

    expect(waitingReminders(stuckAppraisals(rows, rules), own)).toEqual([]);
  });
});
