import { DEFAULT_CURVE } from '../../agency/domain/curve';
import { tallyByUnit, unitDistribution, type AppraisalCountRow } from './predikat-distribution';

const row = (over: Partial<AppraisalCountRow>): AppraisalCountRow => ({
  unitId: 'u1',
  employeeId: 'e1',
  version: 1,
  status: 'FINAL',
  predikat: 'BAIK',
  ...over,
});

describe('tallyByUnit', () => {
  it('should count the newest correction of each employee once when a correction exists', () => {
    const [unit] = tallyByUnit([
      row({ employeeId: 'e1', version: 1, predikat: 'BAIK' }),
      row({ employeeId: 'e1', version: 2, predikat: 'SANGAT_BAIK', status: 'PREDIKAT_DITETAPKAN' }),
      row({ employeeId: 'e2', status: 'UMPAN_BALIK', predikat: null }),
    ]);
    expect(unit).toMatchObject({ unitId: 'u1', unitSize: 2 });
    expect(unit.counts).toMatchObject({ SANGAT_BAIK: 1, BAIK: 0 });
  });

  it('should not count a predikat carried by a correction still being re-rated', () => {
    const [unit] = tallyByUnit([
      row({ version: 1 }),
      row({ version: 2, status: 'DINILAI', predikat: 'BAIK' }),
    ]);
    expect(unit.counts.BAIK).toBe(0);
    expect(unit.unitSize).toBe(1);
  });
});

describe('unitDistribution', () => {
  const tally = {
    unitId: 'u1',
    unitSize: 3,
    counts: { SANGAT_BAIK: 3, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 },
  };

  it('should name the broken bound with bilingual text when the unit is off its curve', () => {
    const report = unitDistribution(tally, DEFAULT_CURVE, 'ISTIMEWA');
    expect(report.curveStatus).toBe('VIOLATED');
    expect(report.bounds).toEqual([
      expect.objectContaining({ predikat: 'SANGAT_BAIK', bound: 'MAX', share: 0.7, limitCount: 2 }),
    ]);
    expect(report.violations).toEqual([
      expect.objectContaining({ predikat: 'SANGAT_BAIK', bound: 'MAX', limitCount: 2, count: 3 }),
    ]);
    expect(report.violations[0].message.en).toContain('at most 70% Sangat Baik (2 of 3 staff)');
    expect(report.violations[0].message.id).toContain('paling banyak 70% Sangat Baik');
  });

  it('should report no bounds when the unit has no organisation predikat', () => {
    const report = unitDistribution(tally, DEFAULT_CURVE, null);
    expect(report).toMatchObject({ curveStatus: 'NO_ORGANISATION_PREDIKAT', bounds: [] });
    expect(report.distribution[0]).toMatchObject({ predikat: 'SANGAT_BAIK', count: 3, share: 1 });
  });
});
