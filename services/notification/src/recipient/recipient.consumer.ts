import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { employeePlacedV1, type EmployeePlacedV1, type EventEnvelope } from '@jenjang/contracts';
import { OnEvent, type EventContext } from '@jenjang/messaging';
import { RecipientService } from './recipient.service';

/** Placements keep the directory's units current and add people the directory lacks. */
@Controller()
export class RecipientConsumer {
  constructor(private readonly recipients: RecipientService) {}

  @OnEvent(employeePlacedV1)
  async onEmployeePlaced(
    @Payload() event: EventEnvelope<EmployeePlacedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.recipients.placed(event.data, ctx.eventId);
  }
}
