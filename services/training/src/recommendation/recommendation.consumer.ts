import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  type AppraisalFinalizedV1,
  type EventEnvelope,
  type GapsAssessedV1,
} from '@jenjang/contracts';
import { NonRetryableError, OnEvent, type EventContext } from '@jenjang/messaging';
import { RecommendationService } from './recommendation.service';

// The key and the subject are the employee: an event about someone else is a producer bug.
function checkSubject(e: EventEnvelope<{ employeeId: string; agencyId: string }>): void {
  if (e.subject !== e.data.employeeId || e.agency !== e.data.agencyId) {
    throw new NonRetryableError('ce_subject/ce_agency do not match employeeId/agencyId');
  }
}

@Controller()
export class RecommendationConsumer {
  constructor(private readonly recommendations: RecommendationService) {}

  @OnEvent(appraisalFinalizedV1)
  async onAppraisalFinalized(
    @Payload() event: EventEnvelope<AppraisalFinalizedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    checkSubject(event);
    await this.recommendations.onAppraisalFinalized(event.data, ctx.eventId, event.type);
  }

  @OnEvent(gapsAssessedV1)
  async onGapsAssessed(
    @Payload() event: EventEnvelope<GapsAssessedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    checkSubject(event);
    await this.recommendations.onGapsAssessed(event.data, ctx.eventId, event.type);
  }
}
