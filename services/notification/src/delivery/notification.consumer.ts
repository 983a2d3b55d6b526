import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  appraisalFinalizedV1,
  type AppraisalFinalizedV1,
  type EventEnvelope,
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
}
