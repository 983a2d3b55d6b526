import { trainingRecommendedV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import type { RecommendationSet } from './recommendation.repository';

const SOURCE = sourceOf('training');
export const setLink = (id: string) => `/api/v1/recommendation-sets/${id}`;

/** The recommended event of a computed set; its id is the set id (one event per set). */
export function recommendedEvent(s: RecommendationSet): OutboxEntry {
  const cause = {
    eventId: s.cause.eventId,
    eventType: s.cause.eventType,
    kind: s.cause.kind,
    ...(s.appraisal
      ? { appraisalId: s.appraisal.appraisalId, predikat: s.appraisal.predikat }
      : {}),
    ...(s.assessment ? { assessmentId: s.assessment.assessmentId } : {}),
  };
  return stageEvent(
    trainingRecommendedV1,
    {
      id: s.id,
      data: {
        recommendationSetId: s.id,
        employeeId: s.employeeId,
        agencyId: s.agencyId,
        unitId: s.unitId,
        cause,
        focus: s.focus!,
        year: s.year!,
        jpEarned: s.jpEarned!,
        jpRequired: s.jpRequired!,
        recommendations: s.items.map((i) => ({
          recommendationId: i.recommendationId,
          rank: i.rank,
          programId: i.programId,
          programTitle: i.programTitle,
          form: i.form,
          jp: i.jp,
          nextSession: i.nextSession
            ? {
                sessionId: i.nextSession.sessionId,
                startsAt: i.nextSession.startsAt.toISOString(),
                endsAt: i.nextSession.endsAt.toISOString(),
              }
            : null,
          reasons: i.reasons,
          ...(i.competencyCode ? { competencyCode: i.competencyCode } : {}),
          ...(i.berakhlakValue ? { berakhlakValue: i.berakhlakValue } : {}),
          expiresAt: i.expiresAt.toISOString(),
        })),
        recommendedAt: s.recommendedAt!.toISOString(),
        link: setLink(s.id),
      },
    },
    SOURCE,
  );
}
