import { Injectable } from '@nestjs/common';
import { agencyScope } from '@jenjang/persistence';
import { InboxRepository } from '../inbox/inbox.repository';
import type { NoticeChannel, OutgoingNotice } from './notice-channel';

/** The person's inbox in the app: the item's id is the delivery id, so it is stored once. */
@Injectable()
export class InAppChannel implements NoticeChannel {
  readonly channel = 'IN_APP' as const;
  readonly local = true;

  constructor(private readonly inbox: InboxRepository) {}

  async send(notice: OutgoingNotice): Promise<void> {
    await this.inbox.put(
      agencyScope(notice.agencyId),
      {
        _id: notice.deliveryId,
        employeeId: notice.recipient.employeeId,
        type: notice.type,
        mandatory: notice.mandatory,
        subject: notice.subject,
        body: notice.body,
        causeEventType: notice.causeEventType,
        createdAt: notice.createdAt,
      },
      notice.resent,
    );
  }
}
