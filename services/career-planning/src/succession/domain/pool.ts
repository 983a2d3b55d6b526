import type { Readiness } from '../../plan/domain/readiness';
import type { MeritCriteria } from '../../rank/domain/merit';
import { recognitionReason } from '../../recognition/domain/recognition';
import type { CandidateDoc } from '../succession.schema';

export interface Eligible {
  employeeId: string;
  box: number;
  heldGrade: number | null;
  readiness: Readiness;
  /** Predikat history, JPM, 9-box, JP, rank and recent recognitions (shown; see rankPool). */
  criteria: MeritCriteria;
}

const LEVEL_ORDER = ['READY_NOW', 'READY_1_2_YEARS', 'NEEDS_DEVELOPMENT', 'UNKNOWN'];

/**
 * Readiness first (level, then score), then the box, then recent recognitions (awards and
 * innovations count in talent decisions), then the id so the order is stable.
 */
export function rankPool<C extends Eligible>(eligible: readonly C[]): (C & { rank: number })[] {
  return [...eligible]
    .sort(
      (a, b) =>
        LEVEL_ORDER.indexOf(a.readiness.level) - LEVEL_ORDER.indexOf(b.readiness.level) ||
        (b.readiness.score ?? -1) - (a.readiness.score ?? -1) ||
        b.box - a.box ||
        b.criteria.recognitions.length - a.criteria.recognitions.length ||
        a.employeeId.localeCompare(b.employeeId),
    )
    .map((c, i) => ({ ...c, rank: i + 1 }));
}

/** How many grades below the key position a candidate may be (one or two moves away). */
export const MAX_GRADES_BELOW = 4;

/** Who may succeed to a post of `grade`: not its holder, not above it, not too far below. */
export function isEligible(
  c: Pick<Eligible, 'employeeId' | 'heldGrade'>,
  grade: number,
  holder: string | null,
) {
  if (c.employeeId === holder || c.heldGrade === null) return false;
  return c.heldGrade <= grade && grade - c.heldGrade <= MAX_GRADES_BELOW;
}

/**
 * The new candidate list: eligible people ranked by readiness (with the box among the reasons);
 * the admin's decisions stay: a confirmed candidate stays even when no longer eligible (flagged),
 * a removed one stays removed.
 */
export function mergePool(
  previous: readonly CandidateDoc[],
  eligible: readonly Eligible[],
): CandidateDoc[] {
  const before = new Map(previous.map((c) => [c.employeeId, c]));
  const ranked = rankPool(eligible).map((c): CandidateDoc => {
    const old = before.get(c.employeeId);
    return {
      employeeId: c.employeeId,
      box: c.box,
      rank: c.rank,
      level: c.readiness.level,
      score: c.readiness.score,
      move: c.readiness.move,
      reasons: [
        { id: `Kotak 9-box ${c.box}.`, en: `9-box ${c.box}.` },
        ...c.readiness.reasons,
        ...c.criteria.recognitions.map(recognitionReason),
      ],
      criteria: c.criteria,
      status: old?.status ?? 'PROPOSED',
      eligible: true,
      decidedBy: old?.decidedBy ?? null,
      decidedAt: old?.decidedAt ?? null,
      removalReason: old?.removalReason ?? null,
      decisionReason: old?.decisionReason ?? null,
    };
  });
  const seen = new Set(ranked.map((c) => c.employeeId));
  const kept = previous
    .filter((c) => !seen.has(c.employeeId) && c.status !== 'PROPOSED')
    .map((c) => ({ ...c, eligible: false, rank: 0 }));
  return [...ranked, ...kept];
}
