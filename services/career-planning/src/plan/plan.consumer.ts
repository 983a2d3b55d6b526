import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  gapsAssessedV1,
  trainingCompletedV1,
  type EventEnvelope,
  type GapsAssessedV1,
  type TrainingCompletedV1,
} from '@jenjang/contracts';
import { OnEvent, type EventContext } from '@jenjang/messaging';
import { assertSameSubject } from '../talent/talent.consumer';
import { DevelopmentService } from './development.service';

@Controller()
export class PlanConsumer {
  constructor(private readonly development: DevelopmentService) {}

  @OnEvent(gapsAssessedV1)
  async onGapsAssessed(
    @Payload() event: EventEnvelope<GapsAssessedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    assertSameSubject(event);
    await this.development.onGapsAssessed(event.data, ctx.eventId);
  }

  @OnEvent(trainingCompletedV1)
  async onTrainingCompleted(
    @Payload() event: EventEnvelope<TrainingCompletedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    assertSameSubject(event);
    await this.development.onTrainingCompleted(event.data, ctx.eventId);
  }
}
