import type { Predikat, Rating } from '@jenjang/contracts';

// Kirkpatrick level 3/4 from the appraisal history: for each completed training, the person's
// next appraisal after it compared with the last one before it; aggregated per program with the
// level-1 reaction and the level-2 score. Pure.

export interface AppraisalPoint {
  appraisalId: string;
  correctionOf: string | null;
  periodKind: string;
  /** Last day of the appraised period, YYYY-MM-DD. */
  endDate: string;
  ratingHasilKerja: Rating;
  ratingPerilakuKerja: Rating;
  predikat: Predikat;
  finalizedAt: Date;
}

export interface CompletionPoint {
  enrollmentId: string;
  employeeId: string;
  programId: string;
  programTitle: string;
  completedAt: Date;
  /** Level 2, 0-100, when scored. */
  score: number | null;
  /** Level 1, when the participant answered the survey. */
  survey: { relevance: number; satisfaction: number; wouldRecommend: boolean } | null;
}

export type Outcome = 'IMPROVED' | 'SAME' | 'WORSE' | 'NO_BASELINE' | 'PENDING';

export interface Comparison {
  outcome: Outcome;
  before: AppraisalPoint | null;
  after: AppraisalPoint | null;
  /** Change of hasil kerja + perilaku kerja, each on 1 (below) .. 3 (above expectation). */
  change: number | null;
  hasilKerjaChange: number | null;
  perilakuKerjaChange: number | null;
}

export const RATING_SCORE: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

const WIB_MS = 7 * 3600_000;
const dateOf = (d: Date) => new Date(d.getTime() + WIB_MS).toISOString().slice(0, 10);

/** The appraisals in force: a corrected appraisal gives way to its correction. */
export function inForce(history: readonly AppraisalPoint[]): AppraisalPoint[] {
  const superseded = new Set(history.map((a) => a.correctionOf).filter((id) => id !== null));
  return history.filter((a) => !superseded.has(a.appraisalId));
}

const byFinalized = (a: AppraisalPoint, b: AppraisalPoint) =>
  a.finalizedAt.getTime() - b.finalizedAt.getTime();

/**
 * Before: the last appraisal in force finalized by the completion. After: the first one
 * finalized after it whose period ends after the completion day (it appraises work done after
 * the training), of the same period kind as the one before when there is one.
 */
export function compareAroundCompletion(
  completedAt: Date,
  history: readonly AppraisalPoint[],
): Comparison {
  const appraisals = inForce(history).sort(byFinalized);
  const day = dateOf(completedAt);
  const before =
    appraisals.filter((a) => a.finalizedAt.getTime() <= completedAt.getTime()).at(-1) ?? null;
  const later = appraisals.filter(
    (a) => a.finalizedAt.getTime() > completedAt.getTime() && a.endDate > day,
  );
  const after =
    (before && later.find((a) => a.periodKind === before.periodKind)) ?? later[0] ?? null;
  if (!after) {
    return {
      outcome: 'PENDING',
      before,
      after: null,
      change: null,
      hasilKerjaChange: null,
      perilakuKerjaChange: null,
    };
  }
  if (!before) {
    return {
      outcome: 'NO_BASELINE',
      before: null,
      after,
      change: null,
      hasilKerjaChange: null,
      perilakuKerjaChange: null,
    };
  }
  const hasilKerjaChange =
    RATING_SCORE[after.ratingHasilKerja] - RATING_SCORE[before.ratingHasilKerja];
  const perilakuKerjaChange =
    RATING_SCORE[after.ratingPerilakuKerja] - RATING_SCORE[before.ratingPerilakuKerja];
  const change = hasilKerjaChange + perilakuKerjaChange;
  return {
    outcome: change > 0 ? 'IMPROVED' : change < 0 ? 'WORSE' : 'SAME',
    before,
    after,
    change,
    hasilKerjaChange,
    perilakuKerjaChange,
  };
}

export interface ProgramEffectiveness {
  programId: string;
  programTitle: string;
  completions: number;
  /** Level 3/4: completions with an appraisal before and after. */
  level3: {
    n: number;
    improved: number;
    same: number;
    worse: number;
    /** Completed but no appraisal after yet / none before. */
    pending: number;
    noBaseline: number;
    meanChange: number | null;
    meanHasilKerjaChange: number | null;
    meanPerilakuKerjaChange: number | null;
  };
  level1: {
    responses: number;
    meanRelevance: number | null;
    meanSatisfaction: number | null;
    wouldRecommendShare: number | null;
  };
  level2: { scored: number; meanScore: number | null };
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100;

/** One row per program, most completions first. `historyOf` gives a person's appraisals. */
export function programEffectiveness(
  completions: readonly CompletionPoint[],
  historyOf: (employeeId: string) => readonly AppraisalPoint[],
): ProgramEffectiveness[] {
  const groups = new Map<string, CompletionPoint[]>();
  for (const c of completions) groups.set(c.programId, [...(groups.get(c.programId) ?? []), c]);
  const rows: ProgramEffectiveness[] = [];
  for (const [programId, list] of groups) {
    const compared = list.map((c) =>
      compareAroundCompletion(c.completedAt, historyOf(c.employeeId)),
    );
    const evaluated = compared.filter((x) => x.change !== null);
    const count = (o: Outcome) => compared.filter((x) => x.outcome === o).length;
    const surveys = list.flatMap((c) => (c.survey ? [c.survey] : []));
    const scores = list.flatMap((c) => (c.score === null ? [] : [c.score]));
    rows.push({
      programId,
      programTitle: list[list.length - 1].programTitle,
      completions: list.length,
      level3: {
        n: evaluated.length,
        improved: count('IMPROVED'),
        same: count('SAME'),
        worse: count('WORSE'),
        pending: count('PENDING'),
        noBaseline: count('NO_BASELINE'),
        meanChange: mean(evaluated.map((x) => x.change!)),
        meanHasilKerjaChange: mean(evaluated.map((x) => x.hasilKerjaChange!)),
        meanPerilakuKerjaChange: mean(evaluated.map((x) => x.perilakuKerjaChange!)),
      },
      level1: {
        responses: surveys.length,
        meanRelevance: mean(surveys.map((s) => s.relevance)),
        meanSatisfaction: mean(surveys.map((s) => s.satisfaction)),
        wouldRecommendShare: mean(surveys.map((s) => (s.wouldRecommend ? 1 : 0))),
      },
      level2: { scored: scores.length, meanScore: mean(scores) },
    });
  }
  return rows.sort(
    (a, b) => b.completions - a.completions || a.programId.localeCompare(b.programId),
  );
}
