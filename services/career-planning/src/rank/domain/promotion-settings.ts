import { PREDIKAT_ORDER, type Predikat } from '../../talent/domain/nine-box';

// Kenaikan pangkat (KP) thresholds as agency data (DOMAIN.md §6): the regulation's values are the
// defaults; an agency saves its own. Periods are fixed dates in the year (historically 1 April and
// 1 October; BKN has moved to more), so they are a list.

export const PROMOTION_KINDS = ['REGULER', 'PILIHAN_STRUKTURAL', 'PILIHAN_FUNGSIONAL'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

export interface PromotionThresholds {
  /** Years in the current rank on the period date (fractions allowed: 1.5 = 18 months). */
  minYearsInRank: number;
  /** The lowest annual predikat that counts. */
  minPredikat: Predikat;
  /** How many of the last annual appraisals must reach `minPredikat`. */
  annualAppraisals: number;
  /** The new rank may not be above the direct superior's current rank. */
  notAboveSuperior: boolean;
  /** No disciplinary sanction in force on the period date. */
  noSanction: boolean;
  /** The imported angka kredit must reach the figure the position requires (functional posts). */
  angkaKredit: boolean;
}

export interface PromotionPeriodDay {
  /** 1–12 */
  month: number;
  /** 1–28: a day every year has. */
  day: number;
}

export interface MeritTransparency {
  /** A person may read their own promotion eligibility (reasons and what is missing). */
  promotionEligibility: boolean;
  /** A person may read their own status in the succession pools (KRS). */
  successionPool: boolean;
}

export interface PromotionSettingsValues {
  periods: PromotionPeriodDay[];
  kinds: Record<PromotionKind, PromotionThresholds>;
  transparency: MeritTransparency;
}

export const DEFAULT_PROMOTION_SETTINGS: PromotionSettingsValues = {
  periods: [
    { month: 4, day: 1 },
    { month: 10, day: 1 },
  ],
  kinds: {
    REGULER: {
      minYearsInRank: 4,
      minPredikat: 'BAIK',
      annualAppraisals: 2,
      notAboveSuperior: true,
      noSanction: true,
      angkaKredit: false,
    },
    PILIHAN_STRUKTURAL: {
      minYearsInRank: 4,
      minPredikat: 'BAIK',
      annualAppraisals: 2,
      notAboveSuperior: true,
      noSanction: true,
      angkaKredit: false,
    },
    PILIHAN_FUNGSIONAL: {
      minYearsInRank: 2,
      minPredikat: 'BAIK',
      annualAppraisals: 2,
      notAboveSuperior: false,
      noSanction: true,
      angkaKredit: true,
    },
  },
  transparency: { promotionEligibility: true, successionPool: false },
};

type FieldError = { field: string; en: string; id: string };

/** Why the values cannot be used, per field; empty when they can. */
export function promotionSettingsErrors(v: PromotionSettingsValues): FieldError[] {
  const errors: FieldError[] = [];
  if (v.periods.length === 0 || v.periods.length > 12) {
    errors.push({
      field: 'periods',
      en: 'Give 1 to 12 promotion periods a year.',
      id: 'Isikan 1 sampai 12 periode kenaikan pangkat dalam setahun.',
    });
  }
  const seen = new Set<string>();
  v.periods.forEach((p, i) => {
    const key = `${p.month}-${p.day}`;
    if (seen.has(key)) {
      errors.push({
        field: `periods[${i}]`,
        en: 'The same period appears twice.',
        id: 'Periode yang sama tercantum dua kali.',
      });
    }
    seen.add(key);
  });
  for (const kind of PROMOTION_KINDS) {
    const t = v.kinds[kind];
    if (!PREDIKAT_ORDER.includes(t.minPredikat)) {
      errors.push({
        field: `kinds.${kind}.minPredikat`,
        en: 'Unknown predikat.',
        id: 'Predikat tidak dikenal.',
      });
    }
    if (t.minYearsInRank * 12 !== Math.round(t.minYearsInRank * 12)) {
      errors.push({
        field: `kinds.${kind}.minYearsInRank`,
        en: 'Years in rank must be whole months (e.g. 1.5 or 2.25).',
        id: 'Masa kerja dalam pangkat harus dalam bulan penuh (misalnya 1,5 atau 2,25).',
      });
    }
  }
  return errors;
}

/** Whether a date (YYYY-MM-DD) is one of the agency's promotion periods. */
export function isPeriodDate(date: string, periods: readonly PromotionPeriodDay[]): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  return periods.some((p) => p.month === Number(m[2]) && p.day === Number(m[3]));
}

/** The first period date on or after `day` (YYYY-MM-DD). */
export function nextPeriodDate(day: string, periods: readonly PromotionPeriodDay[]): string {
  const year = Number(day.slice(0, 4));
  const dates = [year, year + 1]
    .flatMap((y) =>
      periods.map(
        (p) => `${y}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
      ),
    )
    .sort();
  return dates.find((d) => d >= day)!;
}
