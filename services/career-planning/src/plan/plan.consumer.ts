import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { gapsAssessedV1, trainingCompletedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { DevelopmentService } from './development.service';

@Controller()
export class PlanConsumer {
  constructor(private readonly development: DevelopmentService) {}

  @OnEvent(gapsAssessedV1)
  async onGapsAssessed(
    @Payload() event: EventOf<typeof gapsAssessedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.development.onGapsAssessed(event.data, ctx.eventId);
  }

  @OnEvent(trainingCompletedV1)
  async onTrainingCompleted(
    @Payload() event: EventOf<typeof trainingCompletedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.development.onTrainingCompleted(event.data, ctx.eventId);
  }
}
