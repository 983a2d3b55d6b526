import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  appraisalFinalizedV1,
  type AppraisalFinalizedV1,
  type EventEnvelope,
} from '@jenjang/contracts';
import { NonRetryableError, OnEvent, type EventContext } from '@jenjang/messaging';
import { TalentService } from './talent.service';

/** The CloudEvents headers and the payload must name the same person and agency. */
export function assertSameSubject(event: EventEnvelope<{ employeeId: string; agencyId: string }>) {
  if (event.subject !== event.data.employeeId || event.agency !== event.data.agencyId) {
    throw new NonRetryableError(
      `ce_subject/ce_agency (${event.subject}/${event.agency}) differ from the payload's employeeId/agencyId`,
    );
  }
}

@Controller()
export class TalentConsumer {
  constructor(private readonly talent: TalentService) {}

  @OnEvent(appraisalFinalizedV1)
  async onAppraisalFinalized(
    @Payload() event: EventEnvelope<AppraisalFinalizedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    assertSameSubject(event);
    await this.talent.onAppraisalFinalized(event.data, { id: ctx.eventId, type: event.type });
  }
}
