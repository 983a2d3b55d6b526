import type { CompetencyLevel } from '../../dictionary/domain/competency';

export interface DevelopedCompetency {
  readonly competencyCode: string;
  readonly level: number;
  readonly raisesAssessedLevel: boolean;
}

/**
 * The levels a completed training raises: only competencies the program declares to certify
 * (`raisesAssessedLevel`), known to the dictionary, and above the person's current level. A
 * training never lowers a level: recording a lower TRAINING result would start a newer round of
 * assessment and replace a higher, older result.
 */
export function raisedLevels(
  developed: readonly DevelopedCompetency[],
  current: ReadonlyMap<string, { readonly level: CompetencyLevel }>,
  knownCodes: ReadonlySet<string>,
): { code: string; level: CompetencyLevel }[] {
  const best = new Map<string, number>();
  for (const d of developed) {
    if (!d.raisesAssessedLevel || !knownCodes.has(d.competencyCode)) continue;
    best.set(d.competencyCode, Math.max(best.get(d.competencyCode) ?? 0, d.level));
  }
  return [...best]
    .filter(([code, level]) => level > (current.get(code)?.level ?? 0))
    .map(([code, level]) => ({ code, level: level as CompetencyLevel }));
}
