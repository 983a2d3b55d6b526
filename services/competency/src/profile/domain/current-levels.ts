import type { CompetencyLevel } from '../../dictionary/domain/competency';
import {
  DEFAULT_CURRENT_LEVEL_POLICY,
  type AssessmentSource,
  type CurrentLevelPolicy,
} from '../../settings/domain/assessment-policy';

/** One entry of a person's competency history; never overwritten, only added to. */
export interface Assessment {
  readonly code: string;
  readonly level: CompetencyLevel;
  readonly source: AssessmentSource;
  /** ISO 8601 date or date-time of the assessment (not of its recording). */
  readonly assessedAt: string;
}

export interface CurrentLevel {
  readonly code: string;
  readonly level: CompetencyLevel;
  /** The assessment the level rests on. */
  readonly basis: Assessment;
  /** Set when the basis claimed more than a capped source may: the level it was lowered to from. */
  readonly cappedBy?: Assessment;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The current level per competency, derived from the whole history:
 * 1. only sources with a positive precedence count;
 * 2. the newest assessment sets the round: those within `sameAgeDays` of it compete, older ones
 *    are history (a newer result replaces an older one, whatever its source);
 * 3. in the round, the highest precedence wins, then the newer, then the one recorded later;
 * 4. a winner from a capped source is lowered to the newest uncapped result of any age, if that
 *    is lower.
 */
export function currentLevels(
  assessments: readonly Assessment[],
  policy: CurrentLevelPolicy = DEFAULT_CURRENT_LEVEL_POLICY,
): Map<string, CurrentLevel> {
  const byCode = new Map<string, { a: Assessment; t: number; order: number }[]>();
  assessments.forEach((a, order) => {
    const t = Date.parse(a.assessedAt);
    if (Number.isNaN(t)) throw new RangeError(`assessedAt ${a.assessedAt} is not a date`);
    if (rank(policy, a.source) <= 0) return;
    byCode.set(a.code, [...(byCode.get(a.code) ?? []), { a, t, order }]);
  });

  const result = new Map<string, CurrentLevel>();
  for (const [code, history] of byCode) {
    const newest = Math.max(...history.map((h) => h.t));
    const round = history.filter((h) => h.t >= newest - policy.sameAgeDays * DAY_MS);
    const winner = best(round, policy);
    const uncapped = history.filter((h) => !policy.cappedSources.includes(h.a.source));
    const ceiling = policy.cappedSources.includes(winner.a.source)
      ? newestOf(uncapped, policy)
      : undefined;
    result.set(
      code,
      ceiling !== undefined && ceiling.a.level < winner.a.level
        ? { code, level: ceiling.a.level, basis: winner.a, cappedBy: ceiling.a }
        : { code, level: winner.a.level, basis: winner.a },
    );
  }
  return result;
}

type Entry = { a: Assessment; t: number; order: number };

function rank(policy: CurrentLevelPolicy, source: AssessmentSource): number {
  return policy.precedence[source] ?? 0;
}

function best(entries: Entry[], policy: CurrentLevelPolicy): Entry {
  return entries.reduce((x, y) => {
    const byRank = rank(policy, y.a.source) - rank(policy, x.a.source);
    if (byRank !== 0) return byRank > 0 ? y : x;
    if (y.t !== x.t) return y.t > x.t ? y : x;
    return y.order > x.order ? y : x;
  });
}

function newestOf(entries: Entry[], policy: CurrentLevelPolicy): Entry | undefined {
  if (entries.length === 0) return undefined;
  const newest = Math.max(...entries.map((e) => e.t));
  return best(
    entries.filter((e) => e.t === newest),
    policy,
  );
}
