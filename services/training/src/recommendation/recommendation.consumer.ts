import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { appraisalFinalizedV1, gapsAssessedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { RecommendationService } from './recommendation.service';

@Controller()
export class RecommendationConsumer {
  constructor(private readonly recommendations: RecommendationService) {}

  @OnEvent(appraisalFinalizedV1)
  async onAppraisalFinalized(
    @Payload() event: EventOf<typeof appraisalFinalizedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.recommendations.onAppraisalFinalized(event.data, ctx.eventId, event.type);
  }

  @OnEvent(gapsAssessedV1)
  async onGapsAssessed(
    @Payload() event: EventOf<typeof gapsAssessedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.recommendations.onGapsAssessed(event.data, ctx.eventId, event.type);
  }
}
