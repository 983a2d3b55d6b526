import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { trainingCompletedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { SurveyService } from './survey.service';

/**
 * The safety net of the completion hook: the enrollment's completion and its surveys are two
 * writes, so the surveys are also created from training's own `training-completed` (same ids:
 * whichever comes first wins, the other changes nothing).
 */
@Controller()
export class SurveyConsumer {
  constructor(private readonly surveys: SurveyService) {}

  @OnEvent(trainingCompletedV1)
  async onTrainingCompleted(
    @Payload() event: EventOf<typeof trainingCompletedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    const d = event.data;
    await this.surveys.onCompleted({
      id: d.enrollmentId,
      agencyId: d.agencyId,
      employeeId: d.employeeId,
      unitId: d.unitId,
      programId: d.programId,
      programTitle: d.programTitle,
      status: 'COMPLETED',
      completion: { completedAt: new Date(d.completedAt) },
    });
  }
}
