import { PERIOD_KINDS, type PeriodKind } from '../../appraisal/domain/period';
import { PREDIKATS, RATINGS, type Predikat, type Rating } from '../../shared/domain/rating';
import { rowError, type RowError } from '@jenjang/csv';

// Cell values as exports and people write them: codes or labels, any case, spaces or
// underscores ("Di Atas Ekspektasi", "DI_ATAS_EKSPEKTASI", "diatas ekspektasi").
const compact = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

function lookup<T extends string>(
  codes: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): (value: string) => T | undefined {
  const table = new Map<string, T>();
  for (const code of codes) table.set(compact(code), code);
  for (const [alias, code] of Object.entries(aliases)) table.set(compact(alias), code);
  return (value) => table.get(compact(value));
}

export const POSITION_GROUPS = [
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type PositionGroup = (typeof POSITION_GROUPS)[number];
export const HASIL_KERJA_KINDS = ['UTAMA', 'TAMBAHAN'] as const;
export type HasilKerjaKind = (typeof HASIL_KERJA_KINDS)[number];

export const toRating = lookup<Rating>(RATINGS);
export const toPredikat = lookup<Predikat>(PREDIKATS, {
  KURANG: 'KURANG_MISCONDUCT',
  MISCONDUCT: 'KURANG_MISCONDUCT',
});
export const toPeriodKind = lookup<PeriodKind>(PERIOD_KINDS, {
  BULAN: 'BULANAN',
  TRIWULAN: 'TRIWULANAN',
  SEMESTER: 'SEMESTERAN',
  TAHUN: 'TAHUNAN',
});
export const toPositionGroup = lookup<PositionGroup>(POSITION_GROUPS, {
  JF: 'FUNGSIONAL',
  'JABATAN FUNGSIONAL': 'FUNGSIONAL',
  'JABATAN PIMPINAN TINGGI': 'JPT',
  'JA ADMINISTRATOR': 'ADMINISTRATOR',
  'JA PENGAWAS': 'PENGAWAS',
  'JA PELAKSANA': 'PELAKSANA',
});
export const toHasilKerjaKind = lookup<HasilKerjaKind>(HASIL_KERJA_KINDS);

/** Reads one cell; collects a row error instead of throwing, so every bad cell is reported. */
export class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    readonly line: number,
    private readonly cells: Readonly<Record<string, string>>,
  ) {}

  /** The trimmed text, or '' when the column is absent or empty. */
  raw(column: string): string {
    return this.cells[column] ?? '';
  }

  text(column: string, max: number, required = true, min = 1): string | undefined {
    const value = this.raw(column);
    if (value === '') {
      if (required) this.missing(column);
      return undefined;
    }
    if (value.length > max || value.length < min) {
      this.fail(
        column,
        `Between ${min} and ${max} characters (this one has ${value.length}).`,
        `Antara ${min} dan ${max} karakter (isian ini ${value.length}).`,
      );
      return undefined;
    }
    return value;
  }

  year(column: string): number | undefined {
    const value = this.raw(column);
    if (value === '') return this.missing(column);
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
      this.fail(
        column,
        `"${value}" is not a year from 2000 to 2100.`,
        `"${value}" bukan tahun antara 2000 dan 2100.`,
      );
      return undefined;
    }
    return year;
  }

  /** A value from a fixed list, e.g. a rating; the error names the accepted codes. */
  oneOf<T extends string>(
    column: string,
    read: (value: string) => T | undefined,
    codes: readonly T[],
    required = true,
  ): T | undefined {
    const value = this.raw(column);
    if (value === '') return required ? this.missing(column) : undefined;
    const code = read(value);
    if (code === undefined) {
      this.fail(
        column,
        `Unknown value "${value.slice(0, 60)}"; expected one of ${codes.join(', ')}.`,
        `Nilai "${value.slice(0, 60)}" tidak dikenal; gunakan salah satu dari ${codes.join(', ')}.`,
      );
    }
    return code;
  }

  fail(column: string, en: string, id: string): void {
    this.errors.push(rowError(this.line, column, en, id));
  }

  private missing(column: string): undefined {
    this.fail(column, 'This column must be filled in.', 'Kolom ini wajib diisi.');
    return undefined;
  }
}
