import type { AppraisalFinalizedV1, GapsAssessedV1 } from '@jenjang/contracts';
import type { AppraisalFacts } from '../people/people.schema';
import type { Need } from './domain/ranking';
import type { RecommendationSet } from './recommendation.repository';
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
 * The set's appraisal facts from the person's record of the cause appraisal (the same as
 * appraisalFacts of its event) and its unit, when they can stand for the set's: recorded with
 * its level (not on records kept before it was), and not corrected (a corrected appraisal takes
 * the set's own path, which finds it superseded).
 */
export function recordedAppraisal(
  records: readonly AppraisalFacts[],
  causeEventId: string,
): { appraisal: SetAppraisal; unitId?: string } | null {
  const r = records.find((x) => x.eventId === causeEventId);
  if (!r || r.positionGroup === undefined) return null;
  if (records.some((x) => x.correctionOf === r.appraisalId)) return null;
  return {
    appraisal: {
      appraisalId: r.appraisalId,
      predikat: r.predikat,
      weakValues: r.weakValues,
      weakHasilKerja: r.ratingHasilKerja === 'DI_BAWAH_EKSPEKTASI',
      positionName: r.positionName,
      positionGroup: r.positionGroup,
    },
    unitId: r.unitId,
  };
}

/** A set as it opens, before any facts: what a set made from its causes starts from. */
export function unpublishedSet(
  o: Pick<RecommendationSet, 'employeeId' | 'unitId' | 'cause' | 'createdAt'> & { _id: string },
  agencyId: string,
): RecommendationSet {
  return {
    id: o._id,
    agencyId,
    employeeId: o.employeeId,
    unitId: o.unitId,
    status: 'PENDING',
    cause: o.cause,
    appraisal: null,
    assessment: null,
    dueAt: null,
    focus: null,
    year: null,
    jpEarned: null,
    jpRequired: null,
    items: [],
    recommendedAt: null,
    createdAt: o.createdAt,
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
