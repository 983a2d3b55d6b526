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
  type AppraisalFinalizedV1,
  type EventEnvelope,
  type PromotionEligibleV1,
  type FeedbackGivenV1,
  type PredikatSetV1,
  type WorkWaitingV1,
  type RotationDecidedV1,
  type RotationProposedV1,
  type TalentBoxAssignedV1,
  type TrainingJpReminderV1,
  type TrainingRecommendedV1,
  type TrainingSurveyRequestedV1,
} from '@jenjang/contracts';
import { OnEvent, type EventContext } from '@jenjang/messaging';
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
    @Payload() event: EventEnvelope<AppraisalFinalizedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(predikatSetV1)
  async onPredikatSet(
    @Payload() event: EventEnvelope<PredikatSetV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(feedbackGivenV1)
  async onFeedbackGiven(
    @Payload() event: EventEnvelope<FeedbackGivenV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(workWaitingV1)
  async onWorkWaiting(
    @Payload() event: EventEnvelope<WorkWaitingV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(trainingRecommendedV1)
  async onTrainingRecommended(
    @Payload() event: EventEnvelope<TrainingRecommendedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(trainingJpReminderV1)
  async onTrainingJpReminder(
    @Payload() event: EventEnvelope<TrainingJpReminderV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(talentBoxAssignedV1)
  async onTalentBoxAssigned(
    @Payload() event: EventEnvelope<TalentBoxAssignedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(promotionEligibleV1)
  async onPromotionEligible(
    @Payload() event: EventEnvelope<PromotionEligibleV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(trainingSurveyRequestedV1)
  async onTrainingSurveyRequested(
    @Payload() event: EventEnvelope<TrainingSurveyRequestedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(rotationProposedV1)
  async onRotationProposed(
    @Payload() event: EventEnvelope<RotationProposedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }

  @OnEvent(rotationDecidedV1)
  async onRotationDecided(
    @Payload() event: EventEnvelope<RotationDecidedV1>,
    @Ctx() _ctx: EventContext,
  ): Promise<void> {
    await this.notices.fromEvent(event);
  }
}
