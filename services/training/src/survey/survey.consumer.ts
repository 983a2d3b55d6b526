import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  trainingCompletedV1,
  type EventEnvelope,
  type TrainingCompletedV1,
} from '@jenjang/contracts';
import { NonRetryableError, OnEvent, type EventContext } from '@jenjang/messaging';
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
    @Payload() event: EventEnvelope<TrainingCompletedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    const d = event.data;
    if (event.subject !== d.employeeId || event.agency !== d.agencyId) {
      throw new NonRetryableError('ce_subject/ce_agency do not match employeeId/agencyId');
    }
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
