import { emptyCounts } from '../../agency/domain/curve';
import { countedPredikat, curveCounts, isNewer, mergeStaff, type StaffEntry } from './unit-staff';

const entry = (over: Partial<StaffEntry> = {}): StaffEntry => ({
  appraisalId: 'a1',
  version: 1,
  revision: 1,
  predikat: null,
  ...over,
});

describe('unit staff', () => {
  it('should count a predikat from the moment it is set, objection pending or final', () => {
    expect(countedPredikat('DINILAI', null)).toBeNull();
    expect(countedPredikat('PREDIKAT_DITETAPKAN', 'BAIK')).toBe('BAIK');
    expect(countedPredikat('KEBERATAN', 'BAIK')).toBe('BAIK');
    expect(countedPredikat('FINAL', 'SANGAT_BAIK')).toBe('SANGAT_BAIK');
    // A correction starts from the old ratings in DINILAI: it holds no predikat yet.
    expect(countedPredikat('DINILAI', 'SANGAT_BAIK')).toBeNull();
  });

  it('should let a correction replace the version it corrects, whatever its revision', () => {
    const final = entry({ version: 1, revision: 9, predikat: 'SANGAT_BAIK' });
    const correction = entry({ appraisalId: 'a2', version: 2, revision: 1 });
    expect(isNewer(correction, final)).toBe(true);
    expect(isNewer(final, correction)).toBe(false);
    expect(isNewer(entry({ revision: 3 }), entry({ revision: 2 }))).toBe(true);
    expect(isNewer(entry({ revision: 2 }), entry({ revision: 2 }))).toBe(false);
  });

  it('should merge only what is newer, and nothing when a record is repeated', () => {
    const staff = { e1: entry({ revision: 4, predikat: 'BAIK' }) };
    expect(mergeStaff(staff, { e1: entry({ revision: 3 }) })).toBeNull();
    expect(mergeStaff(staff, { e1: entry({ revision: 4, predikat: 'BAIK' }) })).toBeNull();
    expect(
      mergeStaff(staff, { e1: entry({ revision: 5 }), e2: entry({ appraisalId: 'b' }) }),
    ).toEqual({ e1: entry({ revision: 5 }), e2: entry({ appraisalId: 'b' }) });
  });

  it('should count everyone appraised and the predikat of all but the appraisal changing', () => {
    const staff = {
      e1: entry({ appraisalId: 'a1', predikat: 'SANGAT_BAIK' }),
      e2: entry({ appraisalId: 'a2', predikat: 'SANGAT_BAIK' }),
      e3: entry({ appraisalId: 'a3', predikat: 'BAIK' }),
      e4: entry({ appraisalId: 'a4' }),
    };
    expect(curveCounts(staff, 'a2')).toEqual({
      appraised: 4,
      counts: { ...emptyCounts(), SANGAT_BAIK: 1, BAIK: 1 },
    });
  });
});
