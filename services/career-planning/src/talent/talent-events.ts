import { talentBoxAssignedV1, type TalentCauseKind } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/deterministic-id';
import type { BoxPlacement } from './domain/talent-profile';
import { RECOMMENDED_ACTIONS } from './domain/recommended-action';

export interface TalentCause {
  kind: TalentCauseKind;
  /** What made the change: a ce_id, or an API-side id (potential assessment, settings revision). */
  effectId: string;
  event: { id: string; type: string } | null;
  appraisalId?: string;
}

export function talentBoxAssigned(
  agencyId: string,
  employeeId: string,
  unitId: string,
  placement: BoxPlacement,
  previousBox: number | null,
  cause: TalentCause,
  at: Date,
): OutboxEntry {
  const id = deterministicId('talent-box-assigned', cause.effectId, employeeId);
  return stageEvent(
    talentBoxAssignedV1,
    {
      id,
      time: at,
      data: {
        assignmentId: id,
        employeeId,
        agencyId,
        unitId,
        box: placement.box,
        previousBox,
        kinerja: placement.kinerja,
        potensi: placement.potensi,
        predikat: placement.predikat,
        recommendedAction: RECOMMENDED_ACTIONS[placement.box],
        cause: {
          kind: cause.kind,
          eventId: cause.event?.id ?? null,
          eventType: cause.event?.type ?? null,
          ...(cause.appraisalId ? { appraisalId: cause.appraisalId } : {}),
        },
        year: placement.year,
        assignedAt: at.toISOString(),
        link: `/api/v1/talent/employees/${employeeId}`,
      },
    },
    sourceOf('career-planning'),
  );
}
