import {
  formatJp,
  formatNumber,
  PNS_JP_MIN_PER_YEAR,
  PREDIKAT_LABELS,
  type BilingualText,
  type Predikat,
} from '@jenjang/contracts';
import { classifyMove, type CareerMove } from '../../shared/domain/career-move';
import type { PositionRef } from '../../shared/domain/position-ref';

// Readiness of a person for a target position: how far the competency gap, the training done and
// the recent predikat carry them. Pure; each number comes with the reason a person can read.

export type { BilingualText };

export interface ReadinessInput {
  target: Pick<PositionRef, 'id' | 'name' | 'group' | 'grade'>;
  held: Pick<PositionRef, 'group' | 'grade'> | null;
  /** From the latest gaps-assessed, only when its target position is this one. */
  gaps: { jpmTarget: number | null; targetGaps: { code: string; gap: number }[] } | null;
  /** Completed training of the last two years. */
  trainings: { jp: number; year: number; competencies: string[] }[];
  /** The latest annual predikat. */
  predikat: string | null;
  /** The year readiness is measured in (JP count toward it and the year before). */
  year: number;
  /** The agency's yearly JP minimum (from training-completed); the PNS floor when unknown. */
  jpRequiredPerYear?: number;
}

export type ReadinessLevel = 'READY_NOW' | 'READY_1_2_YEARS' | 'NEEDS_DEVELOPMENT' | 'UNKNOWN';

export interface Readiness {
  positionId: string;
  move: CareerMove;
  score: number | null;
  level: ReadinessLevel;
  components: { competency: number | null; training: number | null; performance: number | null };
  openGaps: { code: string; gap: number; trainedSince: boolean }[];
  reasons: BilingualText[];
}

const PERFORMANCE: Record<string, number> = {
  SANGAT_BAIK: 100,
  BAIK: 80,
  BUTUH_PERBAIKAN: 40,
  KURANG_MISCONDUCT: 20,
  SANGAT_KURANG: 0,
};
const WEIGHTS = { competency: 0.5, training: 0.2, performance: 0.3 };
/** More grades than this in one step is never "ready now" (pola karier moves one level). */
const MAX_GRADE_STEP = 3;

const predikatName = (p: string): BilingualText =>
  PREDIKAT_LABELS[p as Predikat] ?? { id: p, en: p };

export function readinessFor(input: ReadinessInput): Readiness {
  const reasons: BilingualText[] = [];
  const move = classifyMove(input.held, input.target);
  const openGaps = (input.gaps?.targetGaps ?? [])
    .filter((g) => g.gap > 0)
    .map((g) => ({
      ...g,
      trainedSince: input.trainings.some((t) => t.competencies.includes(g.code)),
    }));

  const competency = input.gaps?.jpmTarget ?? null;
  if (competency === null) {
    reasons.push({
      id: 'Belum ada analisis kesenjangan kompetensi terhadap jabatan ini.',
      en: 'No competency gap analysis against this position yet.',
    });
  } else {
    reasons.push({
      id: `Job Person Match terhadap jabatan target ${formatNumber(competency, 'id')}% dengan ${openGaps.length} kompetensi di bawah standar.`,
      en: `Job Person Match against the target is ${formatNumber(competency, 'en')}% with ${openGaps.length} competencies below standard.`,
    });
  }
  const trainedGaps = openGaps.filter((g) => g.trainedSince).length;
  if (trainedGaps > 0) {
    reasons.push({
      id: `${trainedGaps} kompetensi yang kurang sudah dilatih sejak analisis terakhir.`,
      en: `${trainedGaps} of the missing competencies were trained since the last analysis.`,
    });
  }

  const recentJp = input.trainings
    .filter((t) => t.year >= input.year - 1)
    .reduce((sum, t) => sum + t.jp, 0);
  // The agency's minimum (never below the PNS floor of PP 17/2020), over two years.
  const twoYears = 2 * Math.max(PNS_JP_MIN_PER_YEAR, input.jpRequiredPerYear ?? 0);
  const training = Math.min(100, Math.round((recentJp / twoYears) * 100));
  reasons.push({
    id: `${formatJp(recentJp, 'id')} pelatihan dalam dua tahun terakhir (minimal instansi ${formatJp(twoYears, 'id')}).`,
    en: `${formatJp(recentJp, 'en')} of training in the last two years (the agency's minimum is ${formatJp(twoYears, 'en')}).`,
  });

  const latest = input.predikat;
  const performance = latest === null ? null : (PERFORMANCE[latest] ?? null);
  if (latest === null || performance === null) {
    reasons.push({ id: 'Belum ada predikat kinerja tahunan.', en: 'No annual predikat yet.' });
  } else {
    reasons.push({
      id: `Predikat kinerja tahunan terakhir: ${predikatName(latest).id}.`,
      en: `Latest annual predikat: ${predikatName(latest).en}.`,
    });
  }

  const parts = [
    [competency, WEIGHTS.competency],
    [training, WEIGHTS.training],
    [performance, WEIGHTS.performance],
  ].filter((p): p is [number, number] => p[0] !== null);
  const weight = parts.reduce((s, [, w]) => s + w, 0);
  const score =
    competency === null && performance === null
      ? null
      : Math.round((parts.reduce((s, [v, w]) => s + v * w, 0) / weight) * 10) / 10;

  let level: ReadinessLevel;
  if (score === null) level = 'UNKNOWN';
  else if (score >= 80 && openGaps.length === 0 && (performance ?? 0) >= 80) level = 'READY_NOW';
  else if (score >= 60) level = 'READY_1_2_YEARS';
  else level = 'NEEDS_DEVELOPMENT';

  const step = input.held ? input.target.grade - input.held.grade : 0;
  if (level === 'READY_NOW' && step > MAX_GRADE_STEP) {
    level = 'READY_1_2_YEARS';
    reasons.push({
      id: `Jabatan target ${step} kelas di atas jabatan sekarang; perlu jabatan antara.`,
      en: `The target is ${step} grades above the post held; an intermediate post is needed.`,
    });
  }
  return {
    positionId: input.target.id,
    move,
    score,
    level,
    components: { competency, training, performance },
    openGaps,
    reasons,
  };
}

const LEVEL_ORDER: ReadinessLevel[] = [
  'READY_NOW',
  'READY_1_2_YEARS',
  'NEEDS_DEVELOPMENT',
  'UNKNOWN',
];

export interface Candidate {
  employeeId: string;
  box: number;
  readiness: Readiness;
}

/**
 * Succession ranking: readier level first, then the higher readiness score, then the higher
 * box, then the employee id (a stable order for equal candidates).
 */
export function rankCandidates<C extends Candidate>(
  candidates: readonly C[],
): (C & { rank: number })[] {
  return [...candidates]
    .sort(
      (a, b) =>
        LEVEL_ORDER.indexOf(a.readiness.level) - LEVEL_ORDER.indexOf(b.readiness.level) ||
        (b.readiness.score ?? -1) - (a.readiness.score ?? -1) ||
        b.box - a.box ||
        a.employeeId.localeCompare(b.employeeId),
    )
    .map((c, i) => ({ ...c, rank: i + 1 }));
}
