import { rowError, type ColumnSpec, type CsvRow, type RowError } from '@jenjang/csv';
import { Cells } from '../../import/domain/cells';
import { parseGolongan, type Golongan } from './golongan';

// SIASN "riwayat golongan" export (our mapping; see docs/career-planning.md): one row per rank
// step; the newest TMT of a person is their current rank. Angka kredit (from the latest PAK) and
// the figure the next rank requires are optional columns for functional posts.
const col = (name: string, required: boolean, ...aliases: string[]): ColumnSpec => ({
  name,
  required,
  aliases,
});

export const RANK_COLUMNS: readonly ColumnSpec[] = [
  // NIP is only checked for shape when present and never stored (UU 27/2022).
  col('nip', false, 'nip_baru', 'nip_pegawai'),
  col('employee_id', true, 'id_pegawai', 'pegawai_id', 'pns_id', 'id_orang'),
  col('golongan', true, 'golongan_nama', 'gol_ruang', 'golongan_ruang', 'golongan_id', 'pangkat'),
  col('tmt_golongan', true, 'tmt_gol', 'tmt_pangkat', 'tmt'),
  col('nomor_sk', false, 'sk_nomor', 'no_sk'),
  col('angka_kredit', false, 'jumlah_angka_kredit', 'angka_kredit_kumulatif', 'ak_total'),
  col('angka_kredit_syarat', false, 'angka_kredit_dibutuhkan', 'ak_syarat', 'ak_dibutuhkan'),
];

export interface RankPlan {
  line: number;
  employeeId: string;
  golongan: Golongan;
  tmt: string;
  decreeNumber: string | null;
  angkaKredit: number | null;
  angkaKreditRequired: number | null;
}

function credit(c: Cells, column: string): number | null | undefined {
  const raw = c.raw(column).replace(',', '.');
  if (raw === '') return null;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0 || v > 10_000) {
    return c.fail(
      column,
      'A number from 0 to 10000 (decimal point or comma).',
      'Bilangan 0 sampai 10000 (desimal dengan titik atau koma).',
    );
  }
  return v;
}

export function planRanks(
  rows: readonly CsvRow[],
  today: string,
): {
  plans: RankPlan[];
  errors: RowError[];
} {
  const plans: RankPlan[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const c = new Cells(row.line, row.cells);
    c.nip('nip');
    const golongan = parseGolongan(c.raw('golongan'));
    if (!golongan) {
      c.fail(
        'golongan',
        'A golongan ruang I/a to IV/e (or its SIASN id, e.g. 32, or the pangkat name).',
        'Golongan ruang I/a sampai IV/e (atau ID SIASN, misalnya 32, atau nama pangkat).',
      );
    }
    const plan = {
      line: row.line,
      employeeId: c.id('employee_id'),
      golongan,
      tmt: c.date('tmt_golongan', true),
      decreeNumber: c.raw('nomor_sk') || null,
      angkaKredit: credit(c, 'angka_kredit'),
      angkaKreditRequired: credit(c, 'angka_kredit_syarat'),
    };
    if (plan.tmt && plan.tmt > today) {
      c.fail('tmt_golongan', 'A TMT in the future.', 'TMT di masa depan.');
    }
    const key = `${plan.employeeId}|${plan.tmt}`;
    if (plan.employeeId && plan.tmt && seen.has(key)) {
      c.fail(
        'tmt_golongan',
        `This employee has the same TMT on line ${seen.get(key)}.`,
        `Pegawai ini memiliki TMT yang sama pada baris ${seen.get(key)}.`,
      );
    } else if (plan.employeeId && plan.tmt) seen.set(key, row.line);
    if (c.errors.length > 0) errors.push(...c.errors);
    else plans.push(plan as RankPlan);
  }
  return { plans, errors };
}

/** A row with no data at all is reported rather than silently skipped. */
export const noRowsError = (): RowError =>
  rowError(2, '*', 'The file has no data rows.', 'Berkas tidak memiliki baris data.');
