// The vocabulary of an agency's assessment settings: how JPM is banded and how a current level is
// derived from the history. The rules that use them live with the profiles.

export type JpmCategory = 'OPTIMAL' | 'CUKUP_OPTIMAL' | 'KURANG_OPTIMAL';

export interface JpmBand {
  readonly category: JpmCategory;
  /** The lowest percentage (inclusive) of the band. */
  readonly minPercent: number;
}

export interface JpmConfig {
  /** Highest band first; the last band should start at 0. */
  readonly bands: readonly JpmBand[];
  /** When true (our formula), a surplus in one competency does not make up for a shortfall in another. */
  readonly capSurplus: boolean;
  /** Not-yet-assessed competencies count as level 0, or are left out of both sums. */
  readonly unassessed: 'COUNT_AS_ZERO' | 'EXCLUDE';
}

// Configurable defaults, not regulation: the bands many Indonesian agencies print on assessment
// reports (≥ 90% optimal, 78–89% cukup optimal, < 78% kurang optimal). An agency sets its own.
export const DEFAULT_JPM_CONFIG: JpmConfig = {
  bands: [
    { category: 'OPTIMAL', minPercent: 90 },
    { category: 'CUKUP_OPTIMAL', minPercent: 78 },
    { category: 'KURANG_OPTIMAL', minPercent: 0 },
  ],
  capSurplus: true,
  unassessed: 'COUNT_AS_ZERO',
};

/**
 * Versioned id of the formula a JPM was computed with (the `jpm.formula` of the public event):
 * compare JPM values only under the same id. `JPM-MIN-CAPPED-v1` is our default formula.
 */
export function jpmFormulaId(config: JpmConfig): string {
  const base = config.capSurplus ? 'JPM-MIN-CAPPED' : 'JPM-UNCAPPED';
  return `${base}${config.unassessed === 'EXCLUDE' ? '-ASSESSED-ONLY' : ''}-v1`;
}

/** Where an assessed level comes from. */
export const ASSESSMENT_SOURCES = [
  'ASSESSMENT_CENTER',
  'SUPERVISOR',
  'APPRAISAL_EVIDENCE',
  'TRAINING',
  'SELF',
] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

/**
 * How the current level is derived from the history; data, so an agency can change it.
 * - `precedence`: higher wins between assessments of the same age; a source absent or `0` is not
 *   counted at all.
 * - `sameAgeDays`: assessments within this many days of the newest one are of the same age (one
 *   round of assessment); older ones are history.
 * - `cappedSources`: sources that may confirm or lower a level but never raise it above the newest
 *   level from an uncapped source (a self-assessment cannot erase a gap an assessment centre found).
 */
export interface CurrentLevelPolicy {
  readonly precedence: Readonly<Partial<Record<AssessmentSource, number>>>;
  readonly sameAgeDays: number;
  readonly cappedSources: readonly AssessmentSource[];
}

// Our default, not a regulation: the assessment centre (independent, standardised method) over
// the supervisor's assessment, over evidence from appraisals, over a course declared to raise the
// level, over the person's own view. A quarter is one assessment round.
export const DEFAULT_CURRENT_LEVEL_POLICY: CurrentLevelPolicy = {
  precedence: {
    ASSESSMENT_CENTER: 5,
    SUPERVISOR: 4,
    APPRAISAL_EVIDENCE: 3,
    TRAINING: 2,
    SELF: 1,
  },
  sameAgeDays: 90,
  cappedSources: ['SELF'],
};
