import type {
  BerakhlakValue,
  BilingualText,
  DevelopedCompetency,
  NeedSource,
  PositionGroup,
  Predikat,
  TrainingForm,
} from '@jenjang/contracts';
import { reasons } from './texts';
import type { RankingWeights } from '../../shared/domain/ranking-weights';

// The recommendation ranking: which programs, in which order, and why. Pure: everything it
// needs is in its input, so one scenario per spec pins each rule.

export type Focus = 'REMEDIAL' | 'IMPROVEMENT' | 'REGULAR' | 'DEVELOPMENT';

/** A development need: from gaps-assessed, or from the appraisal alone. */
export interface Need {
  competencyCode: string;
  competencyName: string;
  levelNeeded: number;
  source: NeedSource;
  /** 1 = most important. */
  rank: number;
  reason?: BilingualText;
  relatedBerakhlakValue?: BerakhlakValue;
}

export interface CandidateProgram {
  id: string;
  title: string;
  form: TrainingForm;
  jp: number;
  competencies: readonly DevelopedCompetency[];
  competencyNames: Readonly<Record<string, string>>;
  berakhlakValues: readonly BerakhlakValue[];
  prerequisites: readonly string[];
  selfPaced: boolean;
  nextSession: { sessionId: string; startsAt: Date; endsAt: Date } | null;
  /** For a leadership programme (PKP, PKA, PKN): the position level it prepares for. */
  leadershipLevel?: PositionGroup | null;
}

export interface RankingInput {
  predikat: Predikat | null;
  /** BerAKHLAK values rated DI_BAWAH_EKSPEKTASI in the appraisal. */
  weakValues: readonly BerakhlakValue[];
  weakHasilKerja: boolean;
  needs: readonly Need[];
  targetPositionName: string | null;
  /** The level of the position held, and of the one aimed for, when known. */
  heldPositionGroup?: PositionGroup | null;
  targetPositionGroup?: PositionGroup | null;
  programs: readonly CandidateProgram[];
  completedProgramIds: ReadonlySet<string>;
  year: number;
  jpEarned: number;
  jpRequired: number;
  now: Date;
  weights: RankingWeights;
  maxItems: number;
}

export interface RankedProgram {
  rank: number;
  program: CandidateProgram;
  score: number;
  reasons: BilingualText[];
  competencyCode?: string;
  berakhlakValue?: BerakhlakValue;
}

const REMEDIAL_FORMS: ReadonlySet<TrainingForm> = new Set(['COACHING', 'KONSELING', 'MENTORING']);
const HASIL_KERJA_COMPETENCY = 'ORIENTASI_PADA_HASIL';
const DAY_MS = 86_400_000;

export function focusOf(predikat: Predikat | null): Focus {
  switch (predikat) {
    case 'SANGAT_KURANG':
    case 'KURANG_MISCONDUCT':
      return 'REMEDIAL';
    case 'BUTUH_PERBAIKAN':
      return 'IMPROVEMENT';
    case 'SANGAT_BAIK':
      return 'DEVELOPMENT';
    case 'BAIK':
    case null:
      return 'REGULAR';
  }
}

interface Scored extends Omit<RankedProgram, 'rank'> {
  leads: boolean;
}

function scoreOf(p: CandidateProgram, input: RankingInput, focus: Focus): Scored | null {
  const w = input.weights;
  const found: BilingualText[] = [];
  let score = 0;
  let competencyCode: string | undefined;
  let berakhlakValue: BerakhlakValue | undefined;
  const remedialForm = REMEDIAL_FORMS.has(p.form);
  // Sangat Baik is offered development, never remediation.
  if (focus === 'DEVELOPMENT' && p.form === 'KONSELING') return null;
  if (focus === 'REMEDIAL' && remedialForm && input.predikat) {
    score += w.remedialForm;
    found.push(reasons.remedial(input.predikat));
  }
  const maxRank = Math.max(1, ...input.needs.map((n) => n.rank));
  let bestNeed = 0;
  for (const need of input.needs) {
    const developed = p.competencies.find((c) => c.competencyCode === need.competencyCode);
    if (!developed) continue;
    if (focus === 'DEVELOPMENT' && need.source !== 'GAP_TARGET') continue;
    const full = developed.level >= need.levelNeeded;
    const rankBonus = (w.needRank * (maxRank - need.rank + 1)) / maxRank;
    let s = (full ? w.need : w.partialLevel) + rankBonus;
    if (focus === 'DEVELOPMENT') s += w.development;
    score += s;
    if (need.reason) found.push(need.reason);
    const name = p.competencyNames[need.competencyCode] ?? need.competencyName;
    found.push(
      full
        ? reasons.developsTo(name, developed.level)
        : reasons.developsPartly(name, developed.level, need.levelNeeded),
    );
    if (s > bestNeed) {
      bestNeed = s;
      competencyCode = need.competencyCode;
    }
    if (need.relatedBerakhlakValue && p.berakhlakValues.includes(need.relatedBerakhlakValue)) {
      berakhlakValue ??= need.relatedBerakhlakValue;
    }
  }
  // A leadership programme of the level the person aims for (career plan target) is offered for
  // that reason alone, with the weight of development toward a target; never as a remedy.
  const leadsToTarget =
    focus !== 'REMEDIAL' &&
    !!p.leadershipLevel &&
    p.leadershipLevel === input.targetPositionGroup &&
    p.leadershipLevel !== input.heldPositionGroup;
  if (leadsToTarget) {
    score += input.weights.development;
    found.unshift(reasons.leadershipTarget(p.leadershipLevel!, input.targetPositionName));
  }
  if (focus === 'DEVELOPMENT' && score > 0 && !leadsToTarget)
    found.unshift(reasons.development(input.targetPositionName));
  if (focus !== 'DEVELOPMENT') {
    for (const value of input.weakValues) {
      if (!p.berakhlakValues.includes(value)) continue;
      score += w.weakValue;
      found.push(reasons.weakValue(value));
      berakhlakValue ??= value;
    }
    if (
      input.weakHasilKerja &&
      p.competencies.some((c) => c.competencyCode === HASIL_KERJA_COMPETENCY)
    ) {
      score += w.weakHasilKerja;
      found.push(reasons.weakHasilKerja());
      competencyCode ??= HASIL_KERJA_COMPETENCY;
    }
  }
  const relevant = score > 0;
  const jpMissing = Math.max(0, input.jpRequired - input.jpEarned);
  // Without a need, a weak rating or a remedial fit, a program is only offered to make up JP;
  // Sangat Baik gets development toward the target position, not filler.
  if (!relevant && (jpMissing === 0 || focus === 'DEVELOPMENT')) return null;
  if (p.nextSession) {
    const days = (p.nextSession.startsAt.getTime() - input.now.getTime()) / DAY_MS;
    if (days <= w.openSoonDays) score += w.openSoon * (1 - Math.max(0, days) / w.openSoonDays);
    found.push(reasons.startsOn(p.nextSession.startsAt));
  } else if (p.selfPaced) {
    score += w.openSoon;
    found.push(reasons.selfPaced());
  }
  if (jpMissing > 0 && p.jp > 0) {
    score += (w.jpMissing * Math.min(p.jp, jpMissing)) / Math.max(1, input.jpRequired);
    found.push(reasons.jp(p.jp, jpMissing, input.jpRequired, input.year));
  }
  const leads = focus === 'REMEDIAL' && remedialForm;
  return {
    program: p,
    score: Math.round(score * 1000) / 1000,
    reasons: dedupe(found).slice(0, 6),
    leads,
    ...(competencyCode ? { competencyCode } : {}),
    ...(berakhlakValue ? { berakhlakValue } : {}),
  };
}

function dedupe(list: BilingualText[]): BilingualText[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/**
 * A leadership programme is for people in, or aiming for, the position level it prepares for
 * (PKP for pengawas, PKA for administrator, PKN for JPT); never for a level nobody has named.
 */
export function fitsLeadershipLevel(p: CandidateProgram, input: RankingInput): boolean {
  if (!p.leadershipLevel) return true;
  return (
    input.heldPositionGroup === p.leadershipLevel || input.targetPositionGroup === p.leadershipLevel
  );
}

/** A program can be taken: not completed before, prerequisites completed, open or self-paced. */
function eligible(p: CandidateProgram, input: RankingInput): boolean {
  if (input.completedProgramIds.has(p.id)) return false;
  if (!fitsLeadershipLevel(p, input)) return false;
  if (!p.prerequisites.every((id) => input.completedProgramIds.has(id))) return false;
  return p.selfPaced || (p.nextSession !== null && p.nextSession.startsAt > input.now);
}

/**
 * Ranks the programs for one person. Coaching, counselling and mentoring lead for
 * SANGAT_KURANG and KURANG_MISCONDUCT; SANGAT_BAIK gets development toward the target position
 * only; completed programs are never offered again; ties go to the sooner session, then the id.
 */
export function rankPrograms(input: RankingInput): RankedProgram[] {
  const focus = focusOf(input.predikat);
  const scored = input.programs
    .filter((p) => eligible(p, input))
    .map((p) => scoreOf(p, input, focus))
    .filter((s): s is Scored => s !== null && s.reasons.length > 0);
  const starts = (s: Scored) => s.program.nextSession?.startsAt.getTime() ?? 0;
  scored.sort(
    (a, b) =>
      Number(b.leads) - Number(a.leads) ||
      b.score - a.score ||
      starts(a) - starts(b) ||
      a.program.id.localeCompare(b.program.id),
  );
  return scored
    .slice(0, input.maxItems)
    .map(({ leads: _leads, ...s }, i) => ({ ...s, rank: i + 1 }));
}
