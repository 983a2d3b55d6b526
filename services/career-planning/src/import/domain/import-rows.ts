import { rowError, type CsvRow, type RowError } from '@jenjang/csv';
import { decidePlacement, type ExistingPlacement } from '../../placement/domain/placement-period';
import type { PositionGroup } from '../../shared/domain/position-ref';
import {
  POTENTIAL_SOURCES,
  potentialIdentity,
  scoreErrors,
  type PotentialSource,
} from '../../talent/domain/talent-profile';
import { Cells } from './cells';

export interface PositionPlan {
  line: number;
  positionId: string;
  name: string;
  unitId: string;
  group: PositionGroup;
  grade: number;
  isKey: boolean;
  competencies: string[];
  parentPositionId: string | null;
}

export interface PlacementPlan {
  line: number;
  employeeId: string;
  positionId: string;
  validFrom: string;
  validTo: string | null;
  superiorEmployeeId: string | null;
  decreeNumber: string | null;
  /** PNS (also CPNS) or PPPK; null: not in the file. */
  employmentType: 'PNS' | 'PPPK' | null;
}

export interface PotentialPlan {
  line: number;
  employeeId: string;
  score: number;
  scale: { min: number; max: number };
  source: PotentialSource;
  /** YYYY-MM-DD. */
  assessedOn: string;
  note: string | null;
}

/** SIASN and SIMPEG spellings of the kind of employment. */
export function toEmploymentType(raw: string): 'PNS' | 'PPPK' | null | undefined {
  const v = raw
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  if (v === '') return null;
  if (['PNS', 'CPNS', 'PEGAWAINEGERISIPIL'].includes(v)) return 'PNS';
  if (['PPPK', 'P3K', 'PEGAWAIPEMERINTAHDENGANPERJANJIANKERJA'].includes(v)) return 'PPPK';
  return undefined;
}

export function planPositions(rows: readonly CsvRow[]): {
  plans: PositionPlan[];
  errors: RowError[];
} {
  const plans: PositionPlan[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const c = new Cells(row.line, row.cells);
    const plan = {
      line: row.line,
      positionId: c.id('jabatan_id'),
      name: c.text('jabatan_nama', 300),
      unitId: c.id('unit_id'),
      group: c.group(),
      grade: c.grade('kelas_jabatan'),
      isKey: c.flag('jabatan_kunci'),
      competencies: c.list('kompetensi'),
      parentPositionId: c.id('atasan_jabatan_id', false) ?? null,
    };
    if (plan.positionId && seen.has(plan.positionId)) {
      c.fail(
        'jabatan_id',
        `Already on line ${seen.get(plan.positionId)}.`,
        `Sudah ada pada baris ${seen.get(plan.positionId)}.`,
      );
    } else if (plan.positionId) seen.set(plan.positionId, row.line);
    if (c.errors.length > 0) errors.push(...c.errors);
    else plans.push(plan as PositionPlan);
  }
  return { plans, errors };
}

export function planPlacements(rows: readonly CsvRow[]): {
  plans: PlacementPlan[];
  errors: RowError[];
} {
  const plans: PlacementPlan[] = [];
  const errors: RowError[] = [];
  for (const row of rows) {
    const c = new Cells(row.line, row.cells);
    c.nip('nip');
    const plan = {
      line: row.line,
      employeeId: c.id('employee_id'),
      positionId: c.id('jabatan_id'),
      validFrom: c.date('tmt_jabatan', true),
      validTo: c.date('tanggal_selesai', false),
      superiorEmployeeId: c.id('atasan_id', false) ?? null,
      decreeNumber: c.raw('nomor_sk') || null,
      employmentType: toEmploymentType(c.raw('jenis_kepegawaian')) ?? null,
    };
    if (toEmploymentType(c.raw('jenis_kepegawaian')) === undefined) {
      c.fail('jenis_kepegawaian', 'Use PNS or PPPK.', 'Gunakan PNS atau PPPK.');
    }
    if (plan.validFrom && plan.validTo && plan.validTo < plan.validFrom) {
      c.fail('tanggal_selesai', 'Ends before tmt_jabatan.', 'Berakhir sebelum tmt_jabatan.');
    }
    if (c.errors.length > 0) errors.push(...c.errors);
    else plans.push(plan as PlacementPlan);
  }
  return { plans, errors };
}

/**
 * Rows of potential assessments, checked as the API checks one (the score on its scale, a
 * scale with room). A person may have several rows (other days or sources); the same
 * assessment twice is refused.
 */
export function planPotentials(rows: readonly CsvRow[]): {
  plans: PotentialPlan[];
  errors: RowError[];
} {
  const plans: PotentialPlan[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const c = new Cells(row.line, row.cells);
    c.nip('nip');
    const plan = {
      line: row.line,
      employeeId: c.id('employee_id'),
      score: c.decimal('skor'),
      scale: { min: c.decimal('skala_min'), max: c.decimal('skala_maks') },
      source: c.oneOf('sumber', POTENTIAL_SOURCES),
      assessedOn: c.date('tanggal_asesmen', true),
      note: c.note('catatan', 500),
    };
    const { score, scale } = plan;
    if (score !== undefined && scale.min !== undefined && scale.max !== undefined) {
      for (const e of scoreErrors(score, { min: scale.min, max: scale.max })) {
        c.fail(e.field === 'score' ? 'skor' : 'skala_maks', e.en, e.id);
      }
    }
    if (c.errors.length > 0) {
      errors.push(...c.errors);
      continue;
    }
    const key = potentialIdentity(plan as PotentialPlan).join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(
        rowError(
          row.line,
          'tanggal_asesmen',
          `The same assessment of this employee (day, source, score and scale) is on line ${earlier}.`,
          `Asesmen yang sama untuk pegawai ini (tanggal, sumber, skor dan skala) sudah ada pada baris ${earlier}.`,
        ),
      );
      continue;
    }
    seen.set(key, row.line);
    plans.push(plan as PotentialPlan);
  }
  return { plans, errors };
}

/**
 * Plays the file's placements, per employee in date order, against their stored history: each
 * row must fit as the API would accept it (an open post ends the day before a later one).
 */
export function checkPlacementOverlaps(
  plans: readonly PlacementPlan[],
  histories: ReadonlyMap<string, readonly ExistingPlacement[]>,
): RowError[] {
  const errors: RowError[] = [];
  const byEmployee = new Map<string, PlacementPlan[]>();
  for (const p of plans) byEmployee.set(p.employeeId, [...(byEmployee.get(p.employeeId) ?? []), p]);
  for (const [employeeId, list] of byEmployee) {
    let history: ExistingPlacement[] = [...(histories.get(employeeId) ?? [])];
    for (const p of [...list].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
      const decision = decidePlacement(history, p);
      if (decision.kind !== 'OK') {
        const other = decision.kind === 'OVERLAP' ? decision.with : null;
        const where = other?.id.startsWith('line:')
          ? `line ${other.id.slice(5)}`
          : 'a stored placement';
        const where_id = other?.id.startsWith('line:')
          ? `baris ${other.id.slice(5)}`
          : 'penempatan yang tersimpan';
        errors.push(
          rowError(
            p.line,
            'tmt_jabatan',
            `Overlaps ${where} of this employee.`,
            `Tumpang tindih dengan ${where_id} pegawai ini.`,
          ),
        );
        continue;
      }
      if (decision.closes) {
        const { id, validTo } = decision.closes;
        history = history.map((h) => (h.id === id ? { ...h, validTo } : h));
      }
      history.push({ id: `line:${p.line}`, validFrom: p.validFrom, validTo: p.validTo });
    }
  }
  return errors;
}
