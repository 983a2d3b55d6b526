import { Type, type Static, type TUnsafe } from '@sinclair/typebox';

// The public vocabulary of the evaluation events (PermenPANRB 6/2022), shared by its contracts.
// Sharing is safe: every topic keeps its own published snapshot, so a change here that would break
// one of them fails the compatibility test. Enums are a JSON Schema `enum` of strings rather than
// an `anyOf` of consts: the compatibility check then names an added value precisely, the AsyncAPI
// document lists the values on one line, and a wrong value gives one error for the field.

/** A string enum whose static type is the union of its values. */
export function stringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/** Rating of hasil kerja (work results) or of perilaku kerja (behaviour), given separately. */
export const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export const Rating = stringEnum(RATINGS, {
  description: 'Rating against expectations: above, as expected, below',
});
export type Rating = Static<typeof Rating>;

/** Predikat kinerja pegawai: follows from both ratings by the matrix of PermenPANRB 6/2022. */
export const PREDIKAT = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG_MISCONDUCT',
  'SANGAT_KURANG',
] as const;
export const Predikat = stringEnum(PREDIKAT, {
  description: 'Predikat kinerja pegawai (from the rating matrix, never typed in by hand)',
});
export type Predikat = Static<typeof Predikat>;

/** The seven BerAKHLAK core values that make up perilaku kerja. */
export const BERAKHLAK_VALUES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export const BerakhlakValue = stringEnum(BERAKHLAK_VALUES, {
  description: 'BerAKHLAK core value (perilaku kerja)',
});
export type BerakhlakValue = Static<typeof BerakhlakValue>;

/** Appraisal period kinds; the agency picks its periodic kind, `TAHUNAN` feeds talent management. */
export const PERIOD_KINDS = ['BULANAN', 'TRIWULANAN', 'SEMESTERAN', 'TAHUNAN'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Position (jabatan) groups: JPT, the three JA levels, and JF. */
export const POSITION_GROUPS = [
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type PositionGroup = (typeof POSITION_GROUPS)[number];

// Ids are opaque strings owned by their service; never a NIP or NIK.
export const Id = (description: string) => Type.String({ minLength: 1, description });

/** The appraisal period an appraisal belongs to. */
export const AppraisalPeriod = Type.Object(
  {
    /** `BULANAN`, `TRIWULANAN` or `SEMESTERAN` (periodic, per agency) or `TAHUNAN` (annual). */
    kind: stringEnum(PERIOD_KINDS, {
      description: 'Periodic (BULANAN, TRIWULANAN, SEMESTERAN) or annual (TAHUNAN)',
    }),
    /** Calendar year of the period. */
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Calendar year' }),
    /**
     * Number of the period within the year: month 1–12, quarter 1–4 or semester 1–2; `null` for
     * `TAHUNAN`.
     */
    index: Type.Union([Type.Integer({ minimum: 1, maximum: 12 }), Type.Null()], {
      description: 'Month 1-12, quarter 1-4 or semester 1-2 within the year; null for TAHUNAN',
    }),
    /** First day of the period (inclusive). */
    startDate: Type.String({ format: 'date', description: 'First day (inclusive)' }),
    /** Last day of the period (inclusive). */
    endDate: Type.String({ format: 'date', description: 'Last day (inclusive)' }),
  },
  { description: 'Appraisal period' },
);
export type AppraisalPeriod = Static<typeof AppraisalPeriod>;
