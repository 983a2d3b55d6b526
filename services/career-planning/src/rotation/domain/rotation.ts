import { ROTATION_OBJECTIONS } from '@jenjang/contracts';
import { ROTATION_BOXES } from '../../talent/domain/recommended-action';
import type { Box } from '../../talent/domain/nine-box';

// Rotation review (DOMAIN §4 and §7): opened by long tenure in one post (agency setting, default
// 5 years) or by the 9-box action (boxes 4, 7, 8). A proposal says why (the trigger, the gaps it
// works on, what the new post develops) and shows the objective criteria. Pure.

export type RotationTrigger = 'TENURE' | 'NINE_BOX';

export interface RotationPerson {
  box: number | null;
  held: { positionId: string; grade: number; validFrom: string };
  /** Competency codes below standard (held or target), from the latest gaps-assessed. */
  gapCodes: string[];
}

export interface RotationPost {
  positionId: string;
  grade: number;
  competencies: string[];
}

export interface RotationOption {
  positionId: string;
  /** The person's gaps the post works on. */
  closes: string[];
  /** The post's key competencies: what the person develops there. */
  develops: string[];
}

/** Proposals per person: the best few, not every post of the grade. */
export const MAX_OPTIONS = 3;
export const DEFAULT_TENURE_YEARS = 5;

/** Whole years from `from` to `to` (both YYYY-MM-DD). */
export function wholeYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Math.max(0, years);
}

/** What opens a review of the person on `today`. */
export function rotationTriggers(
  person: Pick<RotationPerson, 'box' | 'held'>,
  today: string,
  tenureYears: number,
): RotationTrigger[] {
  const triggers: RotationTrigger[] = [];
  if (wholeYears(person.held.validFrom, today) >= tenureYears) triggers.push('TENURE');
  if (person.box !== null && ROTATION_BOXES.includes(person.box as Box)) triggers.push('NINE_BOX');
  return triggers;
}

/**
 * Posts of the same grade (kelas jabatan: a rotation changes neither rank nor level), most gaps
 * worked on first. A 9-box review needs a post that works on a gap; a tenure review also accepts
 * a post that only develops new competencies, when the person has no gap to close there.
 */
export function rotationOptions(
  person: RotationPerson,
  posts: readonly RotationPost[],
  triggers: readonly RotationTrigger[],
): RotationOption[] {
  if (triggers.length === 0) return [];
  const gaps = new Set(person.gapCodes);
  const tenure = triggers.includes('TENURE');
  return posts
    .filter((p) => p.grade === person.held.grade && p.positionId !== person.held.positionId)
    .map((p) => ({
      positionId: p.positionId,
      closes: p.competencies.filter((c) => gaps.has(c)).sort(),
      develops: [...p.competencies].sort(),
    }))
    .filter((o) => o.closes.length > 0 || (tenure && o.develops.length > 0))
    .sort(
      (a, b) =>
        b.closes.length - a.closes.length ||
        b.develops.length - a.develops.length ||
        a.positionId.localeCompare(b.positionId),
    )
    .slice(0, MAX_OPTIONS);
}

export type RotationAnswer = 'AGREED' | 'OBJECTED';
/** Coded reasons for objecting, as published in rotation-decided. */
export const OBJECTION_CODES = ROTATION_OBJECTIONS;
export type ObjectionCode = (typeof OBJECTION_CODES)[number];

export interface AnswerRecord {
  answer: RotationAnswer;
  objection: ObjectionCode | null;
  reason: string | null;
}

export interface DecidedRotation {
  unitId: string;
  status: 'PROPOSED' | 'APPROVED' | 'REJECTED';
  employeeAnswer: AnswerRecord | null;
}

export interface UnitAcceptance {
  unitId: string;
  proposed: number;
  agreed: number;
  objected: number;
  noAnswer: number;
  approved: number;
  rejected: number;
  /** agreed / (agreed + objected), 2 decimals; null while nobody answered. */
  acceptanceRate: number | null;
  /** Objections by coded reason, most frequent first. */
  objections: { code: ObjectionCode; count: number }[];
}

/**
 * Per unit (of the post held): how people answered proposals and why they objected, the signal
 * of resistance to change the source material asks management to act on (DOMAIN §7).
 */
export function acceptanceByUnit(rotations: readonly DecidedRotation[]): UnitAcceptance[] {
  const units = new Map<string, DecidedRotation[]>();
  for (const r of rotations) units.set(r.unitId, [...(units.get(r.unitId) ?? []), r]);
  return [...units]
    .map(([unitId, list]) => {
      const agreed = list.filter((r) => r.employeeAnswer?.answer === 'AGREED').length;
      const objected = list.filter((r) => r.employeeAnswer?.answer === 'OBJECTED').length;
      const codes = new Map<ObjectionCode, number>();
      for (const r of list) {
        const code = r.employeeAnswer?.objection;
        if (code) codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      return {
        unitId,
        proposed: list.length,
        agreed,
        objected,
        noAnswer: list.length - agreed - objected,
        approved: list.filter((r) => r.status === 'APPROVED').length,
        rejected: list.filter((r) => r.status === 'REJECTED').length,
        acceptanceRate:
          agreed + objected === 0 ? null : Math.round((agreed / (agreed + objected)) * 100) / 100,
        objections: [...codes]
          .map(([code, count]) => ({ code, count }))
          .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      };
    })
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}
