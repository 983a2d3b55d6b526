import { Inject, Injectable, Logger } from '@nestjs/common';
import { agencyScope } from '@jenjang/persistence';
import { EmailChannel } from '../channel/email.channel';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { unknownRecipient } from '../recipient/domain/recipient';
import { RecipientRepository } from '../recipient/recipient.repository';
import { deliveredEvent, failedEvent } from './delivery-events';
import { DeliveryRepository, type Delivery } from './delivery.repository';
import { composeDigest } from './domain/digest';
import { failureReasonOf } from '../channel/domain/failure-reason';
import { nextAttemptAt, redactReason } from './domain/retry';

/** Sends each recipient's due digest as one email; every notice in it is then DELIVERED. */
@Injectable()
export class DigestSender {
  private readonly logger = new Logger(DigestSender.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly recipients: RecipientRepository,
    private readonly email: EmailChannel,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async sendDue(now: Date): Promise<number> {
    const due = await this.deliveries.dueDigests(now);
    const groups = new Map<string, Delivery[]>();
    for (const d of due) {
      const key = `${d.agencyId}\u0000${d.recipientEmployeeId}`;
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    let sent = 0;
    for (const list of groups.values()) sent += await this.sendOne(list, now);
    return sent;
  }

  private async sendOne(list: Delivery[], now: Date): Promise<number> {
    const claimed: Delivery[] = [];
    for (const d of list) {
      const c = await this.deliveries.claim(d.id, 'DIGEST', now, this.config.DISPATCH_LEASE_MS);
      if (c) claimed.push(c);
    }
    if (claimed.length === 0) return 0;
    const first = claimed[0];
    const recipient =
      (await this.recipients.get(
        agencyScope(first.agencyId),
        first.agencyId,
        first.recipientEmployeeId,
      )) ?? unknownRecipient(first.agencyId, first.recipientEmployeeId);
    const { subject, body } = composeDigest(recipient.language, claimed);
    try {
      await this.email.send({
        deliveryId: `digest-${first.id}`,
        agencyId: first.agencyId,
        recipient,
        type: 'digest',
        mandatory: false,
        language: recipient.language,
        subject,
        body,
        causeEventId: first.causeEventId,
        causeEventType: first.causeEventType,
        createdAt: now,
        resent: false,
      });
      for (const d of claimed) {
        await this.deliveries.delivered(d, now, true, deliveredEvent(d, d.attempts + 1, now, true));
      }
      return claimed.length;
    } catch (error) {
      const reason = failureReasonOf(error);
      this.logger.warn(
        `digest for ${claimed.length} notice(s) failed: ${reason} (${redactReason(String((error as Error).message))})`,
      );
      for (const d of claimed) {
        const next = nextAttemptAt(d.roundAttempts + 1, this.config.DELIVERY_BACKOFF_MS, now);
        if (next) await this.deliveries.retryLater(d, now, next, reason);
        else {
          const ev = failedEvent(d, d.attempts + 1, now, 'RETRIES_EXHAUSTED', reason);
          await this.deliveries.failed(d, now, 'RETRIES_EXHAUSTED', reason, ev);
        }
      }
      return 0;
    }
  }
}
