import type { CompetencyLevel } from '../../dictionary/domain/competency';
import type { Requirement } from '../../standard/domain/position-standard';
import {
  DEFAULT_JPM_CONFIG,
  jpmFormulaId,
  type JpmBand,
  type JpmCategory,
  type JpmConfig,
} from '../../settings/domain/assessment-policy';

export type GapStatus = 'MEMENUHI' | 'DI_BAWAH_STANDAR' | 'BELUM_DINILAI';

/** One competency of a standard against the person's current level. */
export interface CompetencyGap {
  readonly code: string;
  readonly required: CompetencyLevel;
  /** `null` when the person has no assessment of it. */
  readonly current: CompetencyLevel | null;
  /**
   * max(0, required − current): a level above the requirement is not a negative gap (as in the
   * public `gaps-assessed` event). When not assessed, the whole required level.
   */
  readonly gap: number;
  readonly status: GapStatus;
}

/**
 * Per requirement of `standard`, in the standard's order, the gap of the person. Competencies the
 * person was assessed in but the standard does not require are not listed.
 */
export function gapAnalysis(
  standard: { readonly requirements: readonly Requirement[] },
  current: ReadonlyMap<string, { readonly level: CompetencyLevel }>,
): CompetencyGap[] {
  return standard.requirements.map(({ code, requiredLevel }) => {
    const level = current.get(code)?.level ?? null;
    if (level === null) {
      return {
        code,
        required: requiredLevel,
        current: null,
        gap: requiredLevel,
        status: 'BELUM_DINILAI',
      };
    }
    const gap = Math.max(0, requiredLevel - level);
    return {
      code,
      required: requiredLevel,
      current: level,
      gap,
      status: gap > 0 ? 'DI_BAWAH_STANDAR' : 'MEMENUHI',
    };
  });
}

export interface JobPersonMatch {
  /** Rounded to two decimals; `null` when nothing is required (or all of it is excluded). */
  readonly percent: number | null;
  readonly category: JpmCategory | null;
  /** Σ min(current, required) (or Σ current when surplus is not capped). */
  readonly achieved: number;
  /** Σ required. */
  readonly required: number;
  /** False when a required competency has not been assessed: the figure is provisional. */
  readonly complete: boolean;
  /** See `jpmFormulaId`. */
  readonly formula: string;
}

/**
 * Job Person Match (JPM, %): how far a person meets the standard of a position.
 *
 * Our formula: JPM = Σ min(current_i, required_i) / Σ required_i × 100, over the competencies the
 * standard requires. Each competency is capped at its required level, so a surplus in one does not
 * make up for a shortfall in another. Source: the JPM as commonly reported by Indonesian agencies'
 * competency assessments and talent-management practice; PermenPANRB 38/2017 and PP 11/2017 ask
 * for the gap analysis but do not fix this formula, so `config` lets an agency that computes it
 * differently (uncapped, or leaving unassessed competencies out) say so; `formula` names the
 * variant used. Not yet assessed counts as level 0 by default (the public event's `current: 0`).
 * The category is taken from the unrounded percentage against `config.bands`.
 */
export function jobPersonMatch(
  gaps: readonly CompetencyGap[],
  config: JpmConfig = DEFAULT_JPM_CONFIG,
): JobPersonMatch {
  // JPM = Σ min(current, required) / Σ required × 100 (capSurplus) — see the TSDoc above.
  const counted = config.unassessed === 'EXCLUDE' ? gaps.filter((g) => g.current !== null) : gaps;
  const required = counted.reduce((sum, g) => sum + g.required, 0);
  const achieved = counted.reduce((sum, g) => {
    const current = g.current ?? 0;
    return sum + (config.capSurplus ? Math.min(current, g.required) : current);
  }, 0);
  const complete = gaps.every((g) => g.current !== null);
  const formula = jpmFormulaId(config);
  if (required === 0) {
    return { percent: null, category: null, achieved, required, complete, formula };
  }
  // Uncapped, a surplus could pass 100%; a match is never more than complete.
  const exact = Math.min(100, (achieved / required) * 100);
  return {
    percent: Math.round(exact * 100) / 100,
    category: jpmCategory(exact, config.bands),
    achieved,
    required,
    complete,
    formula,
  };
}

export function jpmCategory(percent: number, bands: readonly JpmBand[]): JpmCategory | null {
  const sorted = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  return sorted.find((b) => percent >= b.minPercent)?.category ?? null;
}
