import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  appraisalFinalizedV1,
  promotionEligibleV1,
  feedbackGivenV1,
  predikatSetV1,
  workWaitingV1,
  rotationDecidedV1,
  rotationProposedV1,
  talentBoxAssignedV1,
  trainingJpReminderV1,
  trainingRecommendedV1,
  trainingSurveyRequestedV1,
} from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { NoticeService } from './notice.service';

/**
 * Events that become notices by the agencies' rules. Idempotent twice over: the inbox skips a
 * redelivered event id, and each delivery's id is derived from the event id.
 */
@Controller()
export class NotificationConsumer {
  constructor(private readonly notices: NoticeService) {}

  @OnEvent(appraisalFinalizedV1)
  async onAppraisalFinalized(
    @Payload() event: EventOf<typeof appraisalFinalizedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(predikatSetV1)
  async onPredikatSet(
    @Payload() event: EventOf<typeof predikatSetV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(feedbackGivenV1)
  async onFeedbackGiven(
    @Payload() event: EventOf<typeof feedbackGivenV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(workWaitingV1)
  async onWorkWaiting(
    @Payload() event: EventOf<typeof workWaitingV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(trainingRecommendedV1)
  async onTrainingRecommended(
    @Payload() event: EventOf<typeof trainingRecommendedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(trainingJpReminderV1)
  async onTrainingJpReminder(
    @Payload() event: EventOf<typeof trainingJpReminderV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(talentBoxAssignedV1)
  async onTalentBoxAssigned(
    @Payload() event: EventOf<typeof talentBoxAssignedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(promotionEligibleV1)
  async onPromotionEligible(
    @Payload() event: EventOf<typeof promotionEligibleV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(trainingSurveyRequestedV1)
  async onTrainingSurveyRequested(
    @Payload() event: EventOf<typeof trainingSurveyRequestedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(rotationProposedV1)
  async onRotationProposed(
    @Payload() event: EventOf<typeof rotationProposedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(rotationDecidedV1)
  async onRotationDecided(
    @Payload() event: EventOf<typeof rotationDecidedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }
}
