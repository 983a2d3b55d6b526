import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { TalentService } from './talent.service';

@Controller()
export class TalentConsumer {
  constructor(private readonly talent: TalentService) {}

  @OnEvent(appraisalFinalizedV1)
  async onAppraisalFinalized(
    @Payload() event: EventOf<typeof appraisalFinalizedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.talent.onAppraisalFinalized(event.data, { id: ctx.eventId, type: event.type });
  }
}
