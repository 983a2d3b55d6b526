import type { BilingualText } from '@jenjang/domain-kernel';
import type { AppraisalStatus } from '../../appraisal/domain/appraisal';
import type { Period } from '../../appraisal/domain/period';
import type { SkpStatus } from '../../skp/domain/skp-status';

/** Why a record is reported as stuck: which deadline it has passed. */
export const STUCK_KINDS = [
  'SKP_NOT_APPROVED',
  'APPRAISAL_NOT_FINAL',
  'KEBERATAN_UNDECIDED',
] as const;
export type StuckKind = (typeof STUCK_KINDS)[number];

export const STUCK_KIND_LABELS: Readonly<Record<StuckKind, BilingualText>> = {
  SKP_NOT_APPROVED: {
    en: 'SKP not approved after the end of January of its year',
    id: 'SKP belum disetujui setelah akhir Januari tahun berjalan',
  },
  APPRAISAL_NOT_FINAL: {
    en: 'Appraisal not final too long after the end of its period',
    id: 'Penilaian kinerja belum final terlalu lama setelah periode berakhir',
  },
  KEBERATAN_UNDECIDED: {
    en: 'Objection (keberatan) not decided in time',
    id: 'Keberatan belum diputus tepat waktu',
  },
};

export interface StuckRules {
  readonly asOf: Date;
  /** Days after a period's end by which its appraisal should be FINAL. */
  readonly appraisalGraceDays: number;
  /** Days an objection may wait for the atasan penilai's decision. */
  readonly keberatanDays: number;
}

export interface SkpStateRow {
  readonly id: string;
  readonly employeeId: string;
  readonly unitId: string;
  readonly year: number;
  readonly status: SkpStatus;
  readonly updatedAt: Date;
}

export interface AppraisalStateRow {
  readonly id: string;
  readonly employeeId: string;
  readonly unitId: string;
  readonly period: Period;
  readonly version: number;
  readonly status: AppraisalStatus;
  readonly updatedAt: Date;
  readonly keberatanFiledAt: Date | null;
}

export interface StuckItem {
  readonly kind: StuckKind;
  readonly record: 'SKP' | 'APPRAISAL';
  readonly id: string;
  readonly employeeId: string;
  readonly unitId: string;
  readonly status: string;
  readonly year: number;
  readonly period: Period | null;
  /** In this status at least since then: the last change, or when the objection was filed. */
  readonly since: Date;
  readonly deadline: Date;
  /** Whole days past the deadline, rounded up (1 on the first day late). */
  readonly daysLate: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// PermenPANRB 6/2022: the SKP is set by the end of January. Days are UTC calendar days; the
// half-day offset of WIB/WITA/WIT does not change whether a record is weeks late.
export function skpDeadline(year: number): Date {
  return new Date(Date.UTC(year, 1, 1));
}

/** The period's last day is inclusive, so the grace days start the day after. */
export function appraisalDeadline(period: Period, graceDays: number): Date {
  return new Date(Date.parse(`${period.endDate}T00:00:00Z`) + (1 + graceDays) * DAY_MS);
}

export function keberatanDeadline(filedAt: Date, days: number): Date {
  return new Date(filedAt.getTime() + days * DAY_MS);
}

function lateness(asOf: Date, deadline: Date): number | null {
  const late = asOf.getTime() - deadline.getTime();
  return late > 0 ? Math.ceil(late / DAY_MS) : null;
}

/** SKPs not DISETUJUI after their year's deadline. */
export function stuckSkps(rows: readonly SkpStateRow[], rules: StuckRules): StuckItem[] {
  return rows.flatMap((s) => {
    if (s.status === 'DISETUJUI') return [];
    const deadline = skpDeadline(s.year);
    const daysLate = lateness(rules.asOf, deadline);
    if (daysLate === null) return [];
    return [
      {
        kind: 'SKP_NOT_APPROVED' as const,
        record: 'SKP' as const,
        id: s.id,
        employeeId: s.employeeId,
        unitId: s.unitId,
        status: s.status,
        year: s.year,
        period: null,
        since: s.updatedAt,
        deadline,
        daysLate,
      },
    ];
  });
}

/**
 * Appraisals not FINAL past their period's grace days, and objections undecided past theirs.
 * One in KEBERATAN can be late on both counts and is then listed under both kinds.
 */
export function stuckAppraisals(
  rows: readonly AppraisalStateRow[],
  rules: StuckRules,
): StuckItem[] {
  return rows.flatMap((a) => {
    if (a.status === 'FINAL') return [];
    const base = {
      record: 'APPRAISAL' as const,
      id: a.id,
      employeeId: a.employeeId,
      unitId: a.unitId,
      status: a.status,
      year: a.period.year,
      period: a.period,
    };
    const items: StuckItem[] = [];
    const notFinal = appraisalDeadline(a.period, rules.appraisalGraceDays);
    const lateFinal = lateness(rules.asOf, notFinal);
    if (lateFinal !== null) {
      items.push({
        ...base,
        kind: 'APPRAISAL_NOT_FINAL',
        since: a.keberatanFiledAt ?? a.updatedAt,
        deadline: notFinal,
        daysLate: lateFinal,
      });
    }
    if (a.status === 'KEBERATAN' && a.keberatanFiledAt) {
      const decide = keberatanDeadline(a.keberatanFiledAt, rules.keberatanDays);
      const lateDecision = lateness(rules.asOf, decide);
      if (lateDecision !== null) {
        items.push({
          ...base,
          kind: 'KEBERATAN_UNDECIDED',
          since: a.keberatanFiledAt,
          deadline: decide,
          daysLate: lateDecision,
        });
      }
    }
    return items;
  });
}

/** Most late first; ties by kind and id so that the order is stable. */
export function byLateness(a: StuckItem, b: StuckItem): number {
  return (
    b.daysLate - a.daysLate ||
    STUCK_KINDS.indexOf(a.kind) - STUCK_KINDS.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}
