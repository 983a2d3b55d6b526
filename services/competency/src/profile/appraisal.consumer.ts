import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { agencyScope } from '@jenjang/persistence';
import { causeOf, GapAssessmentService } from './gap-assessment.service';
import type { AppraisalSummaryDoc } from './profile.schema';

/** A final appraisal: the person's held position and weak ratings feed a new assessment. */
@Controller()
export class AppraisalConsumer {
  constructor(private readonly assessments: GapAssessmentService) {}

  @OnEvent(appraisalFinalizedV1)
  async onAppraisalFinalized(
    @Payload() event: EventOf<typeof appraisalFinalizedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    const d = event.data;
    const summary: AppraisalSummaryDoc = {
      appraisalId: d.appraisalId,
      eventId: ctx.eventId,
      period: d.period,
      ratingHasilKerja: d.ratingHasilKerja,
      ratingPerilakuKerja: d.ratingPerilakuKerja,
      predikat: d.predikat,
      perilaku: d.perilaku.map((p) => ({
        value: p.value,
        ...(p.rating ? { rating: p.rating } : {}),
      })),
      finalizedAt: d.finalizedAt,
    };
    await this.assessments.reassess(agencyScope(d.agencyId), d.employeeId, {
      causeId: ctx.eventId,
      cause: {
        ...causeOf('APPRAISAL_FINALIZED', { id: ctx.eventId, type: event.type }),
        appraisalId: d.appraisalId,
        period: d.period,
        predikat: d.predikat,
      },
      // An older appraisal delivered late leaves the newer one's position and ratings in place.
      mutate: (profile) =>
        profile.lastAppraisal && profile.lastAppraisal.finalizedAt > d.finalizedAt
          ? {}
          : { set: { unitId: d.unitId, heldPosition: d.position, lastAppraisal: summary } },
    });
  }
}
