import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { employeePlacedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { RecipientService } from './recipient.service';

/** Placements keep the directory's units current and add people the directory lacks. */
@Controller()
export class RecipientConsumer {
  constructor(private readonly recipients: RecipientService) {}

  @OnEvent(employeePlacedV1)
  async onEmployeePlaced(
    @Payload() event: EventOf<typeof employeePlacedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.recipients.placed(event.data, ctx.eventId);
  }
}
