import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { agencyScope } from '@jenjang/persistence';
import {
  PermanentChannelError,
  NOTICE_CHANNELS,
  type NoticeChannel,
  type OutgoingNotice,
} from '../channel/notice-channel';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { unknownRecipient, type Recipient } from '../recipient/domain/recipient';
import { RecipientRepository } from '../recipient/recipient.repository';
import type { Channel } from '../rule/domain/rule';
import { DigestSender } from './digest.sender';
import { deliveredEvent, failedEvent } from './delivery-events';
import { deliveryMetrics } from './delivery.metrics';
import { DeliveryRepository, type Delivery } from './delivery.repository';
import { nextAttemptAt, redactReason } from './domain/retry';

const BATCH = 100;

/**
 * Sends due deliveries from the store (the queue survives restarts), retries with backoff on a
 * channel failure, and records the outcome with its public event in one write. Safe on several
 * replicas: a delivery is leased by one of them at a time.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryDispatcher.name);
  private readonly channels: Map<Channel, NoticeChannel>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly recipients: RecipientRepository,
    private readonly digests: DigestSender,
    @Inject(NOTICE_CHANNELS) channels: NoticeChannel[],
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.channels = new Map(channels.map((c) => [c.channel, c]));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.config.DISPATCH_POLL_MS);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Run a sweep now (new deliveries were just stored); coalesces with one in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.sweepUntilIdle().finally(() => (this.running = undefined));
  }

  private async sweepUntilIdle(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.runOnce();
      } catch (error) {
        this.logger.error(`delivery sweep failed: ${(error as Error).message}`);
      }
    } while (this.again && !this.stopped);
  }

  /** One sweep: every due delivery (up to a batch) and every due digest. Returns how many. */
  async runOnce(now = () => new Date()): Promise<number> {
    let done = 0;
    for (; done < BATCH && !this.stopped; done++) {
      const claimed = await this.deliveries.claimDue(now(), this.config.DISPATCH_LEASE_MS);
      if (!claimed) break;
      await this.deliver(claimed, now);
    }
    done += await this.digests.sendDue(now());
    return done;
  }

  private async deliver(d: Delivery, now: () => Date): Promise<void> {
    const channel = this.channels.get(d.channel);
    const recipient = await this.recipientOf(d);
    try {
      if (!channel) throw new PermanentChannelError(`no ${d.channel} channel in this service`);
      await channel.send(this.noticeOf(d, recipient));
      const at = now();
      await this.deliveries.delivered(d, at, false, deliveredEvent(d, d.attempts + 1, at, false));
      deliveryMetrics.attempts.inc({ channel: d.channel, outcome: 'delivered' });
      if (d.round === 1) {
        const seconds = (at.getTime() - d.createdAt.getTime()) / 1000;
        deliveryMetrics.latency.observe({ channel: d.channel }, seconds);
      }
    } catch (error) {
      await this.onFailure(d, error, now());
    }
  }

  private async onFailure(d: Delivery, error: unknown, at: Date): Promise<void> {
    const reason = redactReason(error instanceof Error ? error.message : String(error));
    const attempts = d.attempts + 1;
    const next = nextAttemptAt(d.roundAttempts + 1, this.config.DELIVERY_BACKOFF_MS, at);
    const outcome = next && !(error instanceof PermanentChannelError) ? 'retry' : 'failed';
    deliveryMetrics.attempts.inc({ channel: d.channel, outcome });
    if (error instanceof PermanentChannelError) {
      await this.deliveries.failed(
        d,
        at,
        'REJECTED',
        reason,
        failedEvent(d, attempts, at, 'REJECTED', reason),
      );
      return;
    }
    if (next) {
      this.logger.warn(
        `${d.channel} delivery ${d.id} failed (attempt ${attempts}), retrying: ${reason}`,
      );
      await this.deliveries.retryLater(d, at, next, reason);
      return;
    }
    this.logger.error(`${d.channel} delivery ${d.id} failed for good after ${attempts} attempts`);
    await this.deliveries.failed(
      d,
      at,
      'RETRIES_EXHAUSTED',
      reason,
      failedEvent(d, attempts, at, 'RETRIES_EXHAUSTED', reason),
    );
  }

  private async recipientOf(d: Delivery): Promise<Recipient> {
    const scope = agencyScope(d.agencyId);
    return (
      (await this.recipients.get(scope, d.agencyId, d.recipientEmployeeId)) ??
      unknownRecipient(d.agencyId, d.recipientEmployeeId)
    );
  }

  private noticeOf(d: Delivery, recipient: Recipient): OutgoingNotice {
    return {
      deliveryId: d.id,
      agencyId: d.agencyId,
      recipient,
      type: d.type,
      mandatory: d.mandatory,
      language: d.language,
      subject: d.subject,
      body: d.body,
      causeEventId: d.causeEventId,
      causeEventType: d.causeEventType,
      createdAt: d.createdAt,
      resent: d.resent,
    };
  }
}
