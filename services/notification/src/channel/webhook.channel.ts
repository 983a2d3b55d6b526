import { Inject, Injectable } from '@nestjs/common';
import { agencyScope } from '@jenjang/persistence';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { PermanentChannelError, type NoticeChannel, type OutgoingNotice } from './notice-channel';
import { signWebhook } from './webhook-signature';

/**
 * Forwards notices to the agency's own system, signed with HMAC-SHA256. The payload carries the
 * rendered text and ids, not the person's contact details: the agency system knows its people.
 */
@Injectable()
export class WebhookChannel implements NoticeChannel {
  readonly channel = 'WEBHOOK' as const;

  constructor(
    private readonly settings: AgencySettingsRepository,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async send(notice: OutgoingNotice): Promise<void> {
    const { webhook } = await this.settings.get(notice.agencyId, agencyScope(notice.agencyId));
    if (!webhook?.enabled) throw new PermanentChannelError('the agency has no webhook enabled');
    const body = JSON.stringify({
      id: notice.deliveryId,
      type: notice.type,
      agencyId: notice.agencyId,
      recipientEmployeeId: notice.recipient.employeeId,
      mandatory: notice.mandatory,
      language: notice.language,
      subject: notice.subject,
      text: notice.body,
      causeEventId: notice.causeEventId,
      causeEventType: notice.causeEventType,
      createdAt: notice.createdAt.toISOString(),
      resent: notice.resent,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-jenjang-delivery': notice.deliveryId,
        'x-jenjang-timestamp': timestamp,
        'x-jenjang-signature': signWebhook(webhook.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.ok) return;
    const message = `webhook answered HTTP ${res.status}`;
    // A 4xx other than timeout/too-many will not change by itself; 5xx and 408/429 may.
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new PermanentChannelError(message);
    }
    throw new Error(message);
  }
}
