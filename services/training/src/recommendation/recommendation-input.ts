import type { AppraisalFinalizedV1, GapsAssessedV1 } from '@jenjang/contracts';
import type { AppraisalFacts } from '../people/people.schema';
import type { Need } from './domain/ranking';
import type { SetAppraisal, SetAssessment } from './recommendation.schema';

// Maps the consumed events to what the ranking needs: the facts, never the whole payload.

export function appraisalFacts(a: AppraisalFinalizedV1): SetAppraisal {
  return {
    appraisalId: a.appraisalId,
    predikat: a.predikat,
    weakValues: a.perilaku.filter((p) => p.rating === 'DI_BAWAH_EKSPEKTASI').map((p) => p.value),
    weakHasilKerja: a.ratingHasilKerja === 'DI_BAWAH_EKSPEKTASI',
    positionName: a.position.name,
    positionGroup: a.position.group,
  };
}

/**
 * The set's appraisal facts from the person's record of that appraisal: the same as
 * appraisalFacts of its event. Null for a record kept before the record had the level.
 */
export function appraisalFactsOfRecord(r: AppraisalFacts): SetAppraisal | null {
  if (r.positionGroup === undefined) return null;
  return {
    appraisalId: r.appraisalId,
    predikat: r.predikat,
    weakValues: r.weakValues,
    weakHasilKerja: r.ratingHasilKerja === 'DI_BAWAH_EKSPEKTASI',
    positionName: r.positionName,
    positionGroup: r.positionGroup,
  };
}

export function assessmentFacts(g: GapsAssessedV1): SetAssessment {
  const needs: Need[] = g.needs.map((n) => ({
    competencyCode: n.competencyCode,
    competencyName: n.competencyName,
    levelNeeded: n.levelNeeded,
    source: n.source,
    rank: n.rank,
    reason: n.reason,
    ...(n.relatedBerakhlakValue ? { relatedBerakhlakValue: n.relatedBerakhlakValue } : {}),
  }));
  return {
    assessmentId: g.assessmentId,
    needs,
    targetPositionName: g.targetPosition?.name ?? null,
    targetPositionGroup: g.targetPosition?.group ?? null,
  };
}
