import type { CsvRow, RowError } from '@jenjang/csv';
import { IdentityCheck } from './identity';
import {
  HASIL_KERJA_KINDS,
  POSITION_GROUPS,
  RowReader,
  toHasilKerjaKind,
  toPositionGroup,
  type HasilKerjaKind,
  type PositionGroup,
} from './values';

// The API's limits (skp-input.dto.ts), so an import cannot hold what the API would refuse.
const ID_MAX = 100;
const MAX_HASIL_KERJA = 30;
const MAX_INDICATORS = 10;

/** One SKP to import, built from the rows of one employee and year. */
export interface SkpPlan {
  readonly line: number;
  readonly lines: readonly number[];
  readonly employeeId: string;
  readonly year: number;
  readonly unitId: string;
  readonly position: { id: string; name: string; group: PositionGroup };
  readonly penilaiId: string;
  readonly atasanPenilaiId: string | null;
  readonly hasilKerja: readonly {
    kind: HasilKerjaKind;
    description: string;
    indicators: { description: string; target: string }[];
  }[];
}

export const skpKey = (employeeId: string, year: number): string => `${employeeId}|${year}`;

// Columns that describe the SKP rather than the indicator: equal on every row of one SKP.
const SKP_LEVEL = [
  'unit_id',
  'jabatan_id',
  'jabatan_nama',
  'kelompok_jabatan',
  'penilai_id',
  'atasan_penilai_id',
] as const;

interface Group {
  first: RowReader;
  lines: number[];
  plan: Omit<SkpPlan, 'lines' | 'hasilKerja'>;
  hasilKerja: Map<string, SkpPlan['hasilKerja'][number]>;
  indicators: Map<string, number>;
  broken: boolean;
}

/**
 * Groups indicator rows (one per line) into SKPs by employee and year, and reports every bad row.
 * Existence in the store is the service's check; this is the file on its own.
 */
export function planSkps(rows: readonly CsvRow[]): { plans: SkpPlan[]; errors: RowError[] } {
  const identity = new IdentityCheck();
  const groups = new Map<string, Group>();
  const errors: RowError[] = [];
  for (const { line, cells } of rows) {
    const row = new RowReader(line, cells);
    const employeeId = identity.read(row);
    const year = row.year('tahun');
    const unitId = row.text('unit_id', ID_MAX);
    const position = {
      id: row.text('jabatan_id', ID_MAX),
      name: row.text('jabatan_nama', 200),
      group: row.oneOf('kelompok_jabatan', toPositionGroup, POSITION_GROUPS),
    };
    const penilaiId = row.text('penilai_id', ID_MAX);
    const atasanPenilaiId = row.text('atasan_penilai_id', ID_MAX, false) ?? null;
    const kind = row.oneOf('jenis_hasil_kerja', toHasilKerjaKind, HASIL_KERJA_KINDS);
    const hasilKerja = row.text('hasil_kerja', 1000, true, 3);
    const indikator = row.text('indikator', 500, true, 3);
    const target = row.text('target', 200);
    if (employeeId !== undefined && penilaiId === employeeId) {
      row.fail(
        'penilai_id',
        'The appraiser must be someone else than the employee.',
        'Pejabat penilai harus orang lain, bukan pegawai yang bersangkutan.',
      );
    }
    if (employeeId === undefined || year === undefined) {
      errors.push(...row.errors);
      continue;
    }
    const key = skpKey(employeeId, year);
    let group = groups.get(key);
    if (!group) {
      group = {
        first: row,
        lines: [],
        plan: {
          line,
          employeeId,
          year,
          unitId: unitId ?? '',
          position: position as SkpPlan['position'],
          penilaiId: penilaiId ?? '',
          atasanPenilaiId,
        },
        hasilKerja: new Map(),
        indicators: new Map(),
        broken: false,
      };
      groups.set(key, group);
    } else {
      for (const column of SKP_LEVEL) {
        if (row.raw(column) !== group.first.raw(column)) {
          row.fail(
            column,
            `Differs from line ${group.first.line}, the first row of this employee's SKP for ${year}.`,
            `Berbeda dengan baris ${group.first.line}, baris pertama SKP pegawai ini tahun ${year}.`,
          );
        }
      }
    }
    group.lines.push(line);
    if (kind && hasilKerja && indikator && target) {
      const hkKey = `${kind}|${hasilKerja.toLowerCase()}`;
      const indicatorKey = `${hkKey}|${indikator.toLowerCase()}`;
      const duplicateOf = group.indicators.get(indicatorKey);
      if (duplicateOf !== undefined) {
        row.fail(
          'indikator',
          `Duplicate row: line ${duplicateOf} has the same work result and indicator.`,
          `Baris ganda: baris ${duplicateOf} memuat hasil kerja dan indikator yang sama.`,
        );
      } else {
        group.indicators.set(indicatorKey, line);
        const hk = group.hasilKerja.get(hkKey) ?? { kind, description: hasilKerja, indicators: [] };
        group.hasilKerja.set(hkKey, hk);
        hk.indicators.push({ description: indikator, target });
        if (hk.indicators.length === MAX_INDICATORS + 1) {
          row.fail(
            'indikator',
            `A work result may have at most ${MAX_INDICATORS} indicators.`,
            `Satu hasil kerja paling banyak memiliki ${MAX_INDICATORS} indikator.`,
          );
        }
        if (group.hasilKerja.size === MAX_HASIL_KERJA + 1 && hk.indicators.length === 1) {
          row.fail(
            'hasil_kerja',
            `An SKP may have at most ${MAX_HASIL_KERJA} work results.`,
            `Satu SKP paling banyak memiliki ${MAX_HASIL_KERJA} hasil kerja.`,
          );
        }
      }
    }
    if (row.errors.length > 0) {
      group.broken = true;
      errors.push(...row.errors);
    }
  }

  const plans: SkpPlan[] = [];
  for (const group of groups.values()) {
    const hasilKerja = [...group.hasilKerja.values()];
    if (!group.broken && !hasilKerja.some((h) => h.kind === 'UTAMA')) {
      group.broken = true;
      errors.push({
        line: group.first.line,
        column: 'jenis_hasil_kerja',
        message: {
          en: 'An SKP needs at least one main work result (UTAMA); this employee and year has none.',
          id: 'SKP memerlukan paling sedikit satu hasil kerja utama (UTAMA); pegawai dan tahun ini tidak memilikinya.',
        },
      });
    }
    if (!group.broken) plans.push({ ...group.plan, lines: group.lines, hasilKerja });
  }
  return { plans, errors };
}
