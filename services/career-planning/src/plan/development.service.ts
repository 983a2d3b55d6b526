import { Injectable } from '@nestjs/common';
import type { GapsAssessedV1, TrainingCompletedV1 } from '@jenjang/contracts';
import { agencyScope } from '@jenjang/persistence';
import { SYSTEM_ACTOR, audit } from '../shared/audit';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { PlanRepository } from './plan.repository';

/** What competency and training tell us about a person's development, kept for readiness. */
@Injectable()
export class DevelopmentService {
  constructor(
    private readonly profiles: TalentProfileRepository,
    private readonly plans: PlanRepository,
  ) {}

  /** The latest assessment wins; an older one arriving late changes nothing. */
  async onGapsAssessed(data: GapsAssessedV1, eventId: string): Promise<void> {
    const gapsAgainst = (against: 'HELD' | 'TARGET') =>
      data.gaps
        .filter((g) => g.against === against)
        .map((g) => ({ code: g.competencyCode, gap: g.gap }));
    const gaps = {
      assessmentId: data.assessmentId,
      assessedAt: data.assessedAt,
      targetPositionId: data.targetPosition?.id ?? null,
      jpmHeld: data.jpm.heldPosition,
      jpmTarget: data.jpm.targetPosition,
      heldGaps: gapsAgainst('HELD'),
      targetGaps: gapsAgainst('TARGET'),
    };
    await this.profiles.applyDirect(
      data.agencyId,
      data.employeeId,
      eventId,
      // One write while the person's unit is known and no newer assessment is recorded.
      {
        when: {
          unitId: { $ne: null },
          $or: [{ gaps: null }, { 'gaps.assessedAt': { $lte: data.assessedAt } }],
        },
        set: { gaps },
        insert: { unitId: data.unitId },
      },
      (current) => {
        if (current.gaps && current.gaps.assessedAt > data.assessedAt) return null;
        return { set: { unitId: current.unitId ?? data.unitId, gaps }, events: [] };
      },
    );
  }

  /** Counts the training toward readiness and ticks the plan's training steps of that program. */
  async onTrainingCompleted(data: TrainingCompletedV1, eventId: string): Promise<void> {
    const record = {
      completionId: data.completionId,
      programId: data.programId,
      programTitle: data.programTitle,
      jp: data.jp,
      year: data.year,
      completedAt: data.completedAt,
      competencies: data.competencies.map((c) => c.competencyCode),
      jpRequired: data.jpRequired,
    };
    await this.profiles.applyDirect(
      data.agencyId,
      data.employeeId,
      eventId,
      // One write unless the completion is there already (the same one re-published).
      {
        when: { 'trainings.completionId': { $ne: data.completionId } },
        set: {},
        push: { trainings: { $each: [record], $slice: -100 } },
      },
      (current) => {
        if (current.trainings.some((t) => t.completionId === data.completionId)) return null;
        return { set: { trainings: [...current.trainings, record].slice(-100) }, events: [] };
      },
    );
    // Ticking is idempotent by itself: only steps not DONE yet match.
    const at = new Date(data.completedAt);
    await this.plans.applyIfAbsent(
      agencyScope(data.agencyId),
      data.employeeId,
      {
        steps: {
          $elemMatch: { kind: 'TRAINING', programId: data.programId, status: { $ne: 'DONE' } },
        },
      },
      {
        $set: {
          'steps.$[s].status': 'DONE',
          'steps.$[s].completedAt': at,
          'steps.$[s].updatedAt': new Date(),
          lastProgressAt: new Date(),
        },
      },
      audit(SYSTEM_ACTOR, 'plan.step-done-by-training', undefined, {
        completionId: data.completionId,
      }),
      [{ 's.kind': 'TRAINING', 's.programId': data.programId, 's.status': { $ne: 'DONE' } }],
    );
  }
}
