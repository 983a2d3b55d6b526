import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import {
  addressAllowed,
  webhookPolicy,
  webhookUrlRefusal,
  type WebhookPolicy,
} from '../agency/domain/webhook-address';
import { PermanentChannelError, type NoticeChannel, type OutgoingNotice } from './notice-channel';
import { signWebhook } from './webhook-signature';

/**
 * Why a webhook call failed, as it appears in the delivery (admin API) and the public `failed`
 * event: fixed codes, never the remote answer's status text or body (an agency admin must not be
 * able to read other systems through them).
 */
export const WEBHOOK_FAILURES = {
  DISABLED: 'WEBHOOK_DISABLED',
  ADDRESS_NOT_ALLOWED: 'WEBHOOK_ADDRESS_NOT_ALLOWED',
  REDIRECT: 'WEBHOOK_REDIRECT',
  NOT_ACCEPTED: 'WEBHOOK_NOT_ACCEPTED',
  TIMEOUT: 'WEBHOOK_TIMEOUT',
  UNREACHABLE: 'WEBHOOK_UNREACHABLE',
} as const;

class AddressNotAllowed extends Error {}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * DNS lookup for the socket that refuses a name resolving to any address outside the policy.
 * The socket connects to exactly what this returns, so a second, different answer (DNS
 * rebinding) cannot slip past the check.
 */
function checkedLookup(policy: WebhookPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || addresses.some((a) => !addressAllowed(a.address, policy))) {
        return callback(new AddressNotAllowed(hostname), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * Forwards notices to the agency's own system, signed with HMAC-SHA256. The payload carries the
 * rendered text and ids, not the person's contact details: the agency system knows its people.
 * Redirects are not followed (a 3xx is a failure): the checked address is the only one called.
 */
@Injectable()
export class WebhookChannel implements NoticeChannel {
  readonly channel = 'WEBHOOK' as const;
  private readonly logger = new Logger(WebhookChannel.name);
  private readonly policy: WebhookPolicy;

  constructor(
    private readonly settings: AgencySettingsRepository,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.policy = webhookPolicy(config);
  }

  async send(notice: OutgoingNotice): Promise<void> {
    const { webhook } = await this.settings.webhookOf(notice.agencyId);
    if (!webhook?.enabled) throw new PermanentChannelError(WEBHOOK_FAILURES.DISABLED);
    // Again at send time: the URL may predate the check, or the policy may have changed.
    if (webhookUrlRefusal(webhook.url, this.policy)) {
      throw new PermanentChannelError(WEBHOOK_FAILURES.ADDRESS_NOT_ALLOWED);
    }
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
    const status = await this.post(webhook.url, body, {
      'content-type': 'application/json',
      'x-jenjang-delivery': notice.deliveryId,
      'x-jenjang-timestamp': timestamp,
      'x-jenjang-signature': signWebhook(webhook.secret, timestamp, body),
    });
    if (status >= 200 && status < 300) return;
    // The status stays in the service log only, for the operators.
    this.logger.warn(`webhook of ${notice.agencyId} answered HTTP ${status}`);
    if (status >= 300 && status < 400) throw new PermanentChannelError(WEBHOOK_FAILURES.REDIRECT);
    // A 4xx other than timeout/too-many will not change by itself; 5xx and 408/429 may.
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      throw new PermanentChannelError(WEBHOOK_FAILURES.NOT_ACCEPTED);
    }
    throw new Error(WEBHOOK_FAILURES.NOT_ACCEPTED);
  }

  /** POSTs and resolves with the status; the answer's body is discarded unread. */
  private post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    const options: RequestOptions = {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: checkedLookup(this.policy),
      signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
    };
    const send = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<number>((resolve, reject) => {
      const req = send(url, options, (res: IncomingMessage) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (error: Error) => {
        if (error instanceof AddressNotAllowed) {
          reject(new PermanentChannelError(WEBHOOK_FAILURES.ADDRESS_NOT_ALLOWED));
        } else if (error.name === 'AbortError' || error.name === 'TimeoutError') {
          reject(new Error(WEBHOOK_FAILURES.TIMEOUT));
        } else {
          this.logger.warn(`webhook call failed: ${error.message}`);
          reject(new Error(WEBHOOK_FAILURES.UNREACHABLE));
        }
      });
      req.end(body);
    });
  }
}
