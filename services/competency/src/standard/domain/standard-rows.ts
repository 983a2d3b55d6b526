import { POSITION_GROUPS, type PositionGroup } from '@jenjang/contracts';
import { rowError, type ColumnSpec, type CsvRow, type RowError } from '@jenjang/csv';
import { isCompetencyLevel } from '../../dictionary/domain/competency';
import type { Requirement } from './position-standard';

const col = (name: string, required: boolean, ...aliases: string[]): ColumnSpec => ({
  name,
  required,
  aliases,
});

/** One row per position and competency; docs/competency.md lists the columns. */
export const STANDARD_COLUMNS: readonly ColumnSpec[] = [
  col('jabatan_id', true, 'id_jabatan', 'position_id'),
  col('jabatan_nama', true, 'nama_jabatan', 'jabatan', 'position_name'),
  col('kelompok_jabatan', true, 'jenis_jabatan', 'position_group'),
  col('kode_kompetensi', true, 'kompetensi', 'competency_code', 'kode'),
  col('level', true, 'level_dipersyaratkan', 'required_level', 'level_standar'),
];

/** Competencies per standard at most: a held and a target standard fit the event's 200 gaps. */
export const MAX_REQUIREMENTS = 100;

export interface StandardPlan {
  readonly positionId: string;
  readonly positionName: string;
  readonly positionGroup: PositionGroup;
  readonly requirements: Requirement[];
  readonly firstLine: number;
}

/**
 * The standards a file sets, or every row at fault: an unknown competency, a level outside 1-5,
 * an unknown position group, the same competency twice for a position, a position whose name or
 * group differs between its rows, a position of another agency (`foreignPositions`).
 */
export function planStandards(
  rows: readonly CsvRow[],
  knownCodes: ReadonlySet<string>,
  foreignPositions: ReadonlySet<string>,
): { plans: StandardPlan[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const plans = new Map<string, StandardPlan>();
  for (const { line, cells } of rows) {
    const positionId = cells.jabatan_id ?? '';
    const name = cells.jabatan_nama ?? '';
    const group = (cells.kelompok_jabatan ?? '').toUpperCase();
    const code = (cells.kode_kompetensi ?? '').toUpperCase();
    const level = Number(cells.level);
    const before = errors.length;
    if (!positionId || /[/\s]/.test(positionId)) {
      errors.push(
        rowError(
          line,
          'jabatan_id',
          'A position id without spaces or slashes is required.',
          'ID jabatan wajib diisi, tanpa spasi atau garis miring.',
        ),
      );
    } else if (foreignPositions.has(positionId)) {
      errors.push(
        rowError(
          line,
          'jabatan_id',
          `Position ${positionId} belongs to another agency.`,
          `Jabatan ${positionId} milik instansi lain.`,
        ),
      );
    }
    if (!name)
      errors.push(
        rowError(
          line,
          'jabatan_nama',
          'The position name is required.',
          'Nama jabatan wajib diisi.',
        ),
      );
    if (!(POSITION_GROUPS as readonly string[]).includes(group)) {
      errors.push(
        rowError(
          line,
          'kelompok_jabatan',
          `The group must be one of ${POSITION_GROUPS.join(', ')}.`,
          `Kelompok jabatan harus salah satu dari ${POSITION_GROUPS.join(', ')}.`,
        ),
      );
    }
    if (!knownCodes.has(code)) {
      errors.push(
        rowError(
          line,
          'kode_kompetensi',
          `Unknown competency ${code}.`,
          `Kompetensi ${code} tidak dikenal.`,
        ),
      );
    }
    if (!/^\d+$/.test(cells.level ?? '') || !isCompetencyLevel(level)) {
      errors.push(
        rowError(
          line,
          'level',
          `The level must be a whole number from 1 to 5, not "${cells.level ?? ''}".`,
          `Level harus bilangan bulat 1 sampai 5, bukan "${cells.level ?? ''}".`,
        ),
      );
    }
    if (errors.length > before) continue;
    const plan = plans.get(positionId);
    if (!plan) {
      plans.set(positionId, {
        positionId,
        positionName: name,
        positionGroup: group as PositionGroup,
        requirements: [{ code, requiredLevel: level as Requirement['requiredLevel'] }],
        firstLine: line,
      });
    } else if (plan.positionName !== name || plan.positionGroup !== group) {
      errors.push(
        rowError(
          line,
          'jabatan_nama',
          `Position ${positionId} has another name or group on line ${plan.firstLine}.`,
          `Jabatan ${positionId} memiliki nama atau kelompok lain pada baris ${plan.firstLine}.`,
        ),
      );
    } else if (plan.requirements.some((r) => r.code === code)) {
      errors.push(
        rowError(
          line,
          'kode_kompetensi',
          `Competency ${code} is listed twice for position ${positionId}.`,
          `Kompetensi ${code} dicantumkan dua kali untuk jabatan ${positionId}.`,
        ),
      );
    } else if (plan.requirements.length >= MAX_REQUIREMENTS) {
      errors.push(
        rowError(
          line,
          'kode_kompetensi',
          `Position ${positionId} has more than ${MAX_REQUIREMENTS} competencies.`,
          `Jabatan ${positionId} memiliki lebih dari ${MAX_REQUIREMENTS} kompetensi.`,
        ),
      );
    } else {
      plan.requirements.push({ code, requiredLevel: level as Requirement['requiredLevel'] });
    }
  }
  return { plans: [...plans.values()], errors };
}
