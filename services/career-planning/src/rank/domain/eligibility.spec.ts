import {
  addMonths,
  evaluateEligibility,
  isNewlyEligible,
  kindFor,
  monthsBetween,
  rankApplies,
  type EligibilityInput,
} from './eligibility';
import { DEFAULT_PROMOTION_SETTINGS, type PromotionSettingsValues } from './promotion-settings';

const settings = DEFAULT_PROMOTION_SETTINGS;
// Text a person reads holds no enum code (SANGAT_BAIK) and no ISO date (2026-02-14).
const unreadableText = (text: string): string | null =>
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? null;
const base = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  periodDate: '2027-04-01',
  rank: { golongan: 'III/a', tmt: '2023-04-01' },
  heldGroup: 'PELAKSANA',
  predikatHistory: [
    { year: 2026, predikat: 'BAIK' },
    { year: 2025, predikat: 'SANGAT_BAIK' },
  ],
  superior: { employeeId: 'sup', golongan: 'III/d' },
  sanctions: [],
  angkaKredit: null,
  ...over,
});
const status = (e: ReturnType<typeof evaluateEligibility>) =>
  Object.fromEntries(e.checks.map((c) => [c.code, c.status]));

describe(evaluateEligibility.name, () => {
  it('should find a pelaksana with 4 years in rank and two Baik years eligible for reguler', () => {
    const e = evaluateEligibility(base(), settings);
    expect(e).toMatchObject({
      kind: 'REGULER',
      currentRank: 'III/a',
      nextRank: 'III/b',
      eligible: true,
    });
    expect(status(e)).toEqual({
      YEARS_IN_RANK: 'MET',
      PREDIKAT: 'MET',
      SUPERIOR_RANK: 'MET',
      NO_SANCTION: 'MET',
    });
  });

  it('should say how much time in rank is missing and when it is reached', () => {
    const e = evaluateEligibility(
      base({ rank: { golongan: 'III/a', tmt: '2023-06-15' } }),
      settings,
    );
    const years = e.checks.find((c) => c.code === 'YEARS_IN_RANK')!;
    expect(e.eligible).toBe(false);
    expect(years.status).toBe('NOT_MET');
    expect(years.missing).toEqual({
      id: 'Kurang 3 bulan; terpenuhi pada 15 Juni 2027.',
      en: '3 months short; reached on 15 June 2027.',
    });
  });

  it('should use the agency threshold, not a constant (a 2-year reguler rule)', () => {
    const custom: PromotionSettingsValues = {
      ...settings,
      kinds: { ...settings.kinds, REGULER: { ...settings.kinds.REGULER, minYearsInRank: 2 } },
    };
    const input = base({ rank: { golongan: 'III/a', tmt: '2025-01-01' } });
    expect(evaluateEligibility(input, settings).eligible).toBe(false);
    expect(evaluateEligibility(input, custom).eligible).toBe(true);
  });

  it('should refuse a year below Baik and wait for a missing annual predikat', () => {
    const low = evaluateEligibility(
      base({
        predikatHistory: [
          { year: 2026, predikat: 'BUTUH_PERBAIKAN' },
          { year: 2025, predikat: 'BAIK' },
        ],
      }),
      settings,
    );
    expect(status(low).PREDIKAT).toBe('NOT_MET');
    expect(low.checks.find((c) => c.code === 'PREDIKAT')!.missing!.id).toBe(
      'Predikat tahun 2026 di bawah Baik.',
    );
    const one = evaluateEligibility(
      base({ predikatHistory: [{ year: 2025, predikat: 'BAIK' }] }),
      settings,
    );
    expect(status(one).PREDIKAT).toBe('UNKNOWN');
    expect(one.eligible).toBe(false);
  });

  it('should not count an appraisal of the period year or an old one', () => {
    const e = evaluateEligibility(
      base({
        predikatHistory: [
          { year: 2027, predikat: 'BAIK' },
          { year: 2026, predikat: 'BAIK' },
          { year: 2023, predikat: 'BAIK' },
        ],
      }),
      settings,
    );
    expect(status(e).PREDIKAT).toBe('UNKNOWN');
  });

  it("should refuse a next rank above the direct superior's, and an unknown superior rank", () => {
    const above = evaluateEligibility(
      base({ superior: { employeeId: 's', golongan: 'III/a' } }),
      settings,
    );
    expect(status(above).SUPERIOR_RANK).toBe('NOT_MET');
    const equal = evaluateEligibility(
      base({ superior: { employeeId: 's', golongan: 'III/b' } }),
      settings,
    );
    expect(status(equal).SUPERIOR_RANK).toBe('MET');
    const unknown = evaluateEligibility(
      base({ superior: { employeeId: 's', golongan: null } }),
      settings,
    );
    expect(status(unknown).SUPERIOR_RANK).toBe('UNKNOWN');
    expect(status(evaluateEligibility(base({ superior: null }), settings)).SUPERIOR_RANK).toBe(
      'UNKNOWN',
    );
  });

  it('should refuse a sanction in force on the period date only', () => {
    const during = evaluateEligibility(
      base({ sanctions: [{ from: '2026-06-01', until: '2027-05-31' }] }),
      settings,
    );
    expect(status(during).NO_SANCTION).toBe('NOT_MET');
    const over = evaluateEligibility(
      base({ sanctions: [{ from: '2025-06-01', until: '2026-05-31' }] }),
      settings,
    );
    expect(status(over).NO_SANCTION).toBe('MET');
  });

  it('should apply pilihan fungsional: 2 years, angka kredit imported and reached, no superior rule', () => {
    const input = base({
      heldGroup: 'FUNGSIONAL',
      rank: { golongan: 'III/c', tmt: '2025-04-01' },
      superior: { employeeId: 's', golongan: 'III/c' },
      angkaKredit: { value: 98.5, required: 100 },
    });
    const short = evaluateEligibility(input, settings);
    expect(short.kind).toBe('PILIHAN_FUNGSIONAL');
    expect(status(short)).toEqual({
      YEARS_IN_RANK: 'MET',
      PREDIKAT: 'MET',
      NO_SANCTION: 'MET',
      ANGKA_KREDIT: 'NOT_MET',
    });
    expect(short.checks.at(-1)!.missing!.id).toBe('Kurang 1,5 angka kredit.');
    expect(
      evaluateEligibility({ ...input, angkaKredit: { value: 100, required: 100 } }, settings)
        .eligible,
    ).toBe(true);
    expect(
      status(evaluateEligibility({ ...input, angkaKredit: null }, settings)).ANGKA_KREDIT,
    ).toBe('UNKNOWN');
  });

  it('should name a missing rank and the top rank', () => {
    expect(evaluateEligibility(base({ rank: null }), settings).checks.map((c) => c.code)).toEqual([
      'RANK_RECORDED',
    ]);
    const top = evaluateEligibility(
      base({ rank: { golongan: 'IV/e', tmt: '2010-01-01' } }),
      settings,
    );
    expect(top).toMatchObject({ eligible: false, nextRank: null });
  });

  it('should write every reason and what is missing without codes or ISO dates', () => {
    const e = evaluateEligibility(
      base({
        rank: { golongan: 'III/a', tmt: '2024-02-10' },
        predikatHistory: [{ year: 2026, predikat: 'KURANG_MISCONDUCT' }],
        sanctions: [{ from: '2026-01-01', until: null }],
        superior: { employeeId: 's', golongan: 'II/d' },
      }),
      settings,
    );
    for (const c of e.checks) {
      for (const text of [c.reason, c.missing]) {
        if (!text) continue;
        expect(unreadableText(text.id)).toBeNull();
        expect(unreadableText(text.en)).toBeNull();
      }
    }
  });
});

describe(kindFor.name, () => {
  it('should give pilihan to structural and functional posts, reguler otherwise', () => {
    expect(kindFor('PENGAWAS')).toBe('PILIHAN_STRUKTURAL');
    expect(kindFor('JPT')).toBe('PILIHAN_STRUKTURAL');
    expect(kindFor('FUNGSIONAL')).toBe('PILIHAN_FUNGSIONAL');
    expect(kindFor('PELAKSANA')).toBe('REGULER');
    expect(kindFor(null)).toBe('REGULER');
  });
});

describe(monthsBetween.name, () => {
  it('should count a month only when its day is reached, and add months to the month end', () => {
    expect(monthsBetween('2023-04-01', '2027-04-01')).toBe(48);
    expect(monthsBetween('2023-04-02', '2027-04-01')).toBe(47);
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});

describe(isNewlyEligible.name, () => {
  const eligible = { eligible: true, kind: 'REGULER' as const, nextRank: 'III/b' as const };

  it('should announce once per kind, and never a person who is not eligible', () => {
    expect(isNewlyEligible(eligible, [])).toBe(true);
    expect(isNewlyEligible(eligible, ['REGULER'])).toBe(false);
    expect(isNewlyEligible({ ...eligible, kind: 'PILIHAN_FUNGSIONAL' }, ['REGULER'])).toBe(true);
    expect(isNewlyEligible({ ...eligible, eligible: false }, [])).toBe(false);
  });
});

describe(rankApplies.name, () => {
  it('should apply rank to PNS and to a post that does not say, never to PPPK', () => {
    expect([rankApplies('PNS'), rankApplies(null), rankApplies(undefined)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(rankApplies('PPPK')).toBe(false);
  });
});
