import {
  InvalidPeriodError,
  PERIOD_KINDS,
  periodOf,
  type Period,
} from '../../appraisal/domain/period';
import {
  PREDIKAT_LABELS,
  PREDIKATS,
  predikatFor,
  RATINGS,
  type Predikat,
  type Rating,
} from '../../shared/domain/rating';
import type { CsvRow, RowError } from '@jenjang/csv';
import { IdentityCheck } from './identity';
import {
  POSITION_GROUPS,
  RowReader,
  toPeriodKind,
  toPositionGroup,
  toPredikat,
  toRating,
  type PositionGroup,
} from './values';

const ID_MAX = 100;

/** One final appraisal to import; fields left empty in the file come from the SKP. */
export interface FinalResultPlan {
  readonly line: number;
  readonly employeeId: string;
  readonly year: number;
  readonly period: Period;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
  readonly unitId?: string;
  readonly penilaiId?: string;
  readonly atasanPenilaiId?: string;
  readonly position?: { id: string; name: string; group: PositionGroup };
}

export const periodKey = (employeeId: string, p: Period): string =>
  `${employeeId}|${p.kind}|${p.year}|${p.index ?? '-'}`;

function readPeriod(row: RowReader, year: number | undefined): Period | undefined {
  const kind = row.oneOf('periode', toPeriodKind, PERIOD_KINDS);
  const rawIndex = row.raw('nomor_periode');
  const index = rawIndex === '' ? null : Number(rawIndex);
  if (index !== null && !Number.isInteger(index)) {
    row.fail(
      'nomor_periode',
      `"${rawIndex.slice(0, 20)}" is not a whole number.`,
      `"${rawIndex.slice(0, 20)}" bukan bilangan bulat.`,
    );
    return undefined;
  }
  if (!kind || year === undefined) return undefined;
  try {
    return periodOf(kind, year, index);
  } catch (error) {
    if (!(error instanceof InvalidPeriodError)) throw error;
    row.fail('nomor_periode', error.detail.en, error.detail.id);
    return undefined;
  }
}

function readPosition(row: RowReader): FinalResultPlan['position'] | 'invalid' | undefined {
  const given = ['jabatan_id', 'jabatan_nama', 'kelompok_jabatan'].filter((c) => row.raw(c));
  if (given.length === 0) return undefined;
  const id = row.text('jabatan_id', ID_MAX);
  const name = row.text('jabatan_nama', 200);
  const group = row.oneOf('kelompok_jabatan', toPositionGroup, POSITION_GROUPS);
  return id && name && group ? { id, name, group } : 'invalid';
}

/**
 * Validates final-result rows (one appraisal per line): ratings, the period, and the predikat,
 * which always follows from the two ratings (a differing predikat column is an error, never used).
 */
export function planFinalResults(rows: readonly CsvRow[]): {
  plans: FinalResultPlan[];
  errors: RowError[];
} {
  const identity = new IdentityCheck();
  const seen = new Map<string, number>();
  const plans: FinalResultPlan[] = [];
  const errors: RowError[] = [];
  for (const { line, cells } of rows) {
    const row = new RowReader(line, cells);
    const employeeId = identity.read(row);
    const year = row.year('tahun');
    const period = readPeriod(row, year);
    const hasilKerja = row.oneOf('rating_hasil_kerja', toRating, RATINGS);
    const perilakuKerja = row.oneOf('rating_perilaku_kerja', toRating, RATINGS);
    const given = row.oneOf('predikat', toPredikat, PREDIKATS, false);
    const predikat =
      hasilKerja && perilakuKerja ? predikatFor(hasilKerja, perilakuKerja) : undefined;
    if (given && predikat && given !== predikat) {
      row.fail(
        'predikat',
        `The predikat follows from the two ratings: ${PREDIKAT_LABELS[predikat]}, not ${PREDIKAT_LABELS[given]}.`,
        `Predikat mengikuti kedua rating: ${PREDIKAT_LABELS[predikat]}, bukan ${PREDIKAT_LABELS[given]}.`,
      );
    }
    const unitId = row.text('unit_id', ID_MAX, false);
    const penilaiId = row.text('penilai_id', ID_MAX, false);
    const atasanPenilaiId = row.text('atasan_penilai_id', ID_MAX, false);
    const position = readPosition(row);
    if (employeeId !== undefined && penilaiId === employeeId) {
      row.fail(
        'penilai_id',
        'The appraiser must be someone else than the employee.',
        'Pejabat penilai harus orang lain, bukan pegawai yang bersangkutan.',
      );
    }
    if (employeeId !== undefined && period) {
      const key = periodKey(employeeId, period);
      const first = seen.get(key);
      if (first !== undefined) {
        row.fail(
          'periode',
          `Duplicate row: line ${first} already holds this employee's result for this period.`,
          `Baris ganda: baris ${first} sudah memuat hasil pegawai ini untuk periode yang sama.`,
        );
      } else seen.set(key, line);
    }
    if (row.errors.length > 0 || !employeeId || !year || !period || !predikat) {
      errors.push(...row.errors);
      continue;
    }
    plans.push({
      line,
      employeeId,
      year,
      period,
      ratingHasilKerja: hasilKerja!,
      ratingPerilakuKerja: perilakuKerja!,
      predikat,
      ...(unitId ? { unitId } : {}),
      ...(penilaiId ? { penilaiId } : {}),
      ...(atasanPenilaiId ? { atasanPenilaiId } : {}),
      ...(position && position !== 'invalid' ? { position } : {}),
    });
  }
  return { plans, errors };
}
