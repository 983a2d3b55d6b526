// Ratings and the predikat matrix of PermenPANRB 6/2022 (see DOMAIN.md §1). The words themselves
// are the public vocabulary of the events, defined once in @jenjang/contracts.
import {
  BERAKHLAK_LABELS as BERAKHLAK_TEXT,
  BERAKHLAK_VALUES,
  PREDIKAT,
  PREDIKAT_LABELS as PREDIKAT_TEXT,
  RATINGS,
  RATING_LABELS as RATING_TEXT,
} from '@jenjang/contracts';
import type { BerakhlakValue, BilingualText, Predikat, Rating } from '@jenjang/contracts';

export { BERAKHLAK_VALUES, RATINGS };
export type { BerakhlakValue, Predikat, Rating };
/** Predikat kinerja pegawai: the employee's performance verdict, derived from both ratings. */
export const PREDIKATS = PREDIKAT;

// Indonesian names, the legal terms, from the one place for labels (@jenjang/contracts).
const indonesian = <K extends string>(labels: Readonly<Record<K, BilingualText>>) =>
  Object.fromEntries(Object.entries<BilingualText>(labels).map(([k, v]) => [k, v.id])) as Readonly<
    Record<K, string>
  >;

export const RATING_LABELS = indonesian<Rating>(RATING_TEXT);
export const PREDIKAT_LABELS = indonesian<Predikat>(PREDIKAT_TEXT);

// Rows: rating hasil kerja (work results); columns: rating perilaku kerja (behaviour).
const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG_MISCONDUCT',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG_MISCONDUCT',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/** The predikat follows from the two ratings only; it is never typed in by hand. */
export function predikatFor(hasilKerja: Rating, perilakuKerja: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilakuKerja];
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** BerAKHLAK: the seven core values of the ASN, rated as perilaku kerja. */
export const BERAKHLAK_LABELS = indonesian<BerakhlakValue>(BERAKHLAK_TEXT);
