import type { CompetencyLevel } from '../../dictionary/domain/competency';
import { gapAnalysis, jobPersonMatch, jpmCategory, type CompetencyGap } from './gap-analysis';
import { DEFAULT_JPM_CONFIG } from '../../settings/domain/assessment-policy';

const levels = (entries: Record<string, CompetencyLevel>) =>
  new Map(Object.entries(entries).map(([code, level]) => [code, { level }]));

// A Kepala Seksi (pengawas) standard and a person's current levels, used by the worked example.
const standard = {
  requirements: [
    { code: 'INTEGRITAS', requiredLevel: 3 },
    { code: 'KERJA_SAMA', requiredLevel: 3 },
    { code: 'KOMUNIKASI', requiredLevel: 3 },
    { code: 'ORIENTASI_PADA_HASIL', requiredLevel: 4 },
    { code: 'PENGAMBILAN_KEPUTUSAN', requiredLevel: 3 },
  ],
} as const;
const person = levels({
  INTEGRITAS: 4,
  KERJA_SAMA: 2,
  KOMUNIKASI: 3,
  ORIENTASI_PADA_HASIL: 3,
  PENGAMBILAN_KEPUTUSAN: 3,
  PEREKAT_BANGSA: 3,
});

describe('gapAnalysis', () => {
  it('should give required, current and the shortfall per competency, a surplus as 0', () => {
    expect(gapAnalysis(standard, person)).toEqual([
      { code: 'INTEGRITAS', required: 3, current: 4, gap: 0, status: 'MEMENUHI' },
      { code: 'KERJA_SAMA', required: 3, current: 2, gap: 1, status: 'DI_BAWAH_STANDAR' },
      { code: 'KOMUNIKASI', required: 3, current: 3, gap: 0, status: 'MEMENUHI' },
      {
        code: 'ORIENTASI_PADA_HASIL',
        required: 4,
        current: 3,
        gap: 1,
        status: 'DI_BAWAH_STANDAR',
      },
      { code: 'PENGAMBILAN_KEPUTUSAN', required: 3, current: 3, gap: 0, status: 'MEMENUHI' },
    ]);
  });

  it('should mark a required competency as not assessed when the person has no level in it', () => {
    const gaps = gapAnalysis(
      { requirements: [{ code: 'TK-PENGADAAN', requiredLevel: 2 }] },
      person,
    );
    expect(gaps).toEqual([
      { code: 'TK-PENGADAAN', required: 2, current: null, gap: 2, status: 'BELUM_DINILAI' },
    ]);
  });
});

describe('jobPersonMatch', () => {
  // Worked example, by hand, with the standard above:
  //   competency             required  current  min(current, required)
  //   Integritas                 3        4        3   (the surplus of 1 is not counted)
  //   Kerja Sama                 3        2        2
  //   Komunikasi                 3        3        3
  //   Orientasi pada Hasil       4        3        3
  //   Pengambilan Keputusan      3        3        3
  //   Σ                         16                14
  //   JPM = 14 / 16 × 100 = 87.5%  → 78 ≤ 87.5 < 90: CUKUP_OPTIMAL
  // Perekat Bangsa is assessed but not required, so it is not in the sums.
  it('should give 87.5% cukup optimal when the surplus is capped (worked example)', () => {
    expect(jobPersonMatch(gapAnalysis(standard, person))).toEqual({
      percent: 87.5,
      category: 'CUKUP_OPTIMAL',
      achieved: 14,
      required: 16,
      complete: true,
      formula: 'JPM-MIN-CAPPED-v1',
    });
  });

  // Uncapped: Σ current = 4 + 2 + 3 + 3 + 3 = 15; 15 / 16 = 93.75% → OPTIMAL. The surplus in
  // Integritas would hide the Kerja Sama shortfall: the reason our formula caps.
  it('should let the surplus compensate when the agency does not cap it', () => {
    const result = jobPersonMatch(gapAnalysis(standard, person), {
      ...DEFAULT_JPM_CONFIG,
      capSurplus: false,
    });
    expect(result).toMatchObject({
      percent: 93.75,
      category: 'OPTIMAL',
      achieved: 15,
      formula: 'JPM-UNCAPPED-v1',
    });
  });

  it('should give 100% optimal when every level meets the standard', () => {
    const all3 = levels({ INTEGRITAS: 3, KERJA_SAMA: 5 });
    const gaps = gapAnalysis(
      {
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'KERJA_SAMA', requiredLevel: 3 },
        ],
      },
      all3,
    );
    expect(jobPersonMatch(gaps)).toMatchObject({ percent: 100, category: 'OPTIMAL' });
  });

  // 7 / 9 = 77.777…% rounds to 77.78 for display, and is below 78: KURANG_OPTIMAL.
  it('should round to two decimals and band on the exact value when the ratio is repeating', () => {
    const gaps: CompetencyGap[] = [
      { code: 'A', required: 3, current: 2, gap: 1, status: 'DI_BAWAH_STANDAR' },
      { code: 'B', required: 3, current: 2, gap: 1, status: 'DI_BAWAH_STANDAR' },
      { code: 'C', required: 3, current: 3, gap: 0, status: 'MEMENUHI' },
    ];
    expect(jobPersonMatch(gaps)).toMatchObject({ percent: 77.78, category: 'KURANG_OPTIMAL' });
  });

  describe('a competency not yet assessed (required 3 + 3, one assessed at 3)', () => {
    const gaps = gapAnalysis(
      {
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'TK-PENGADAAN', requiredLevel: 3 },
        ],
      },
      person,
    );

    it('should count it as 0 and flag the figure as provisional by default', () => {
      expect(jobPersonMatch(gaps)).toMatchObject({ percent: 50, complete: false });
    });

    it('should leave it out of both sums when the agency excludes unassessed competencies', () => {
      const result = jobPersonMatch(gaps, { ...DEFAULT_JPM_CONFIG, unassessed: 'EXCLUDE' });
      expect(result).toMatchObject({
        percent: 100,
        required: 3,
        complete: false,
        formula: 'JPM-MIN-CAPPED-ASSESSED-ONLY-v1',
      });
    });
  });

  it('should stop at 100% when an uncapped surplus would pass it', () => {
    const gaps = gapAnalysis(
      { requirements: [{ code: 'INTEGRITAS', requiredLevel: 2 }] },
      levels({ INTEGRITAS: 5 }),
    );
    const result = jobPersonMatch(gaps, { ...DEFAULT_JPM_CONFIG, capSurplus: false });
    expect(result).toMatchObject({ percent: 100, achieved: 5, required: 2 });
  });

  it('should give no percentage when nothing is required', () => {
    expect(jobPersonMatch([])).toMatchObject({ percent: null, category: null });
  });
});

describe('jpmCategory', () => {
  it.each([
    [100, 'OPTIMAL'],
    [90, 'OPTIMAL'],
    [89.99, 'CUKUP_OPTIMAL'],
    [78, 'CUKUP_OPTIMAL'],
    [77.99, 'KURANG_OPTIMAL'],
    [0, 'KURANG_OPTIMAL'],
  ] as const)('should put %d%% in %s when the default bands apply', (percent, category) => {
    expect(jpmCategory(percent, DEFAULT_JPM_CONFIG.bands)).toBe(category);
  });

  it('should follow the agency bands when they differ from the defaults', () => {
    const bands = [
      { category: 'OPTIMAL', minPercent: 80 },
      { category: 'KURANG_OPTIMAL', minPercent: 0 },
    ] as const;
    expect(jpmCategory(85, bands)).toBe('OPTIMAL');
  });
});
