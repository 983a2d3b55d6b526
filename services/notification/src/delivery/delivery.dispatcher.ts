import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { agencyScope, FairQueue } from '@jenjang/persistence';
import { DueTimers } from '@jenjang/platform';
import {
  PermanentChannelError,
  NOTICE_CHANNELS,
  type NoticeChannel,
} from '../channel/notice-channel';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { unknownRecipient, type Recipient } from '../recipient/domain/recipient';
import { RecipientRepository } from '../recipient/recipient.repository';
import type { Channel } from '../rule/domain/rule';
import { DigestSender } from './digest.sender';
import { deliveredEvent, failedEvent } from './delivery-events';
import { countDelivered, deliveryMetrics } from './delivery.metrics';
import { outgoingNotice } from './outgoing-notice';
import { DeliveryRepository, type Delivery } from './delivery.repository';
import { failureReasonOf, FAILURE_REASONS } from '../channel/domain/failure-reason';
import { nextAttemptAt, redactReason } from './domain/retry';

const BATCH = 100;

/**
 * Sends due deliveries from the store (the queue survives restarts), retries with backoff on a
 * channel failure, and records the outcome with its public event in one write. Safe on several
 * replicas: a delivery is leased by one of them at a time.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryDispatcher.name);
  private readonly channels: Map<Channel, NoticeChannel>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  /**
   * New deliveries, told in process: claimed by _id, no scan of the queue; with the recipient
   * the notice service has just read, so it is not read again to send. Agencies take turns, so
   * one agency's backlog does not hold back another's notices.
   */
  private readonly queued = new FairQueue<Queued>();
  private sweepRequested = true;
  private pollWait: number;
  /** Retries this process scheduled: each delivery is queued by _id when it falls due. */
  private readonly retries = new DueTimers();
  /**
   * Leased deliveries of remote channels (email, webhook) waiting for one of the
   * DISPATCH_CONCURRENCY senders. The senders go on from one batch to the next: the next batch
   * is leased while the last emails of this one are at the SMTP server, not after them.
   */
  private readonly outgoing: { ready: Ready; now: () => Date }[] = [];
  private senders = 0;
  /**
   * Who waits for the senders (room for another batch, everything sent) or for the queue of new
   * deliveries to shrink (roomForMore): checked again whenever those change.
   */
  private readonly waits = new Conditions();

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly recipients: RecipientRepository,
    private readonly digests: DigestSender,
    @Inject(NOTICE_CHANNELS) channels: NoticeChannel[],
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.channels = new Map(channels.map((c) => [c.channel, c]));
    this.pollWait = config.DISPATCH_POLL_MS;
  }

  /** After a sweep: back to the base wait when it found something, else twice the last. */
  private sweptFound(found: number): void {
    const { DISPATCH_POLL_MS: base, DISPATCH_POLL_MAX_MS: max } = this.config;
    this.pollWait = found > 0 ? base : Math.max(base, Math.min(this.pollWait * 2, max));
  }

  onApplicationBootstrap(): void {
    this.schedulePoll();
    this.wake();
  }

  /**
   * The next sweep on the poll: DISPATCH_POLL_MS after one that found something, twice the last
   * wait (up to DISPATCH_POLL_MAX_MS) after one that found nothing.
   */
  private schedulePoll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.sweep();
      this.schedulePoll();
    }, this.pollMs);
    this.timer.unref();
  }

  /** The wait before the next polled sweep (see schedulePoll). */
  get pollMs(): number {
    return this.pollWait;
  }

  /**
   * Resolves once fewer than DISPATCH_QUEUE_MAX new deliveries wait to be sent: the event
   * handlers wait here, so that in a burst the backlog stays in Kafka (where the evaluation
   * relay's pace sees it) rather than in this process's memory. A 50,000-appraisal burst queued
   * 200,000 deliveries with their text here and took the service past its heap.
   */
  roomForMore(): Promise<void> {
    return this.waits.until(
      () => this.stopped || this.queued.size < this.config.DISPATCH_QUEUE_MAX,
    );
  }

  // The first of the close's hooks: sending stops while the transports are still open (the
  // email channel closes its pool at application shutdown, after this has returned).
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.waits.recheck();
    clearTimeout(this.timer);
    this.retries.stop();
    await this.running;
    // The sends under way end; those not started keep their lease, and the sweep of the next
    // start (or another replica's) takes them when it runs out.
    await this.sendersIdle();
  }

  /**
   * Send these new deliveries now (by _id); coalesces with a run in progress. A delivery stored
   * already leased to this process (`leased`) is sent as it is, without a claim, while enough of
   * its lease is left; otherwise it is claimed by _id first.
   */
  enqueue(
    agencyId: string,
    deliveries: { id: string; recipient?: Recipient; leased?: Delivery }[],
  ): void {
    for (const d of deliveries) {
      this.queued.push(agencyId, d.id, { recipient: d.recipient, leased: d.leased });
    }
    this.wake();
  }

  /**
   * The queued deliveries, leased: as stored while at least half of their lease is left; renewed
   * in one command when they waited longer (a backlog); claimed by _id when they came without a
   * lease or lost it (`claim`, left to the senders).
   */
  private async leaseQueued(taken: [string, Queued][], at: Date) {
    const lease = this.config.DISPATCH_LEASE_MS;
    const ready: Ready[] = [];
    const stale: Ready[] = [];
    const claim: Ready[] = [];
    for (const [id, { recipient, leased }] of taken) {
      if (!leased?.leaseUntil) claim.push({ id, recipient });
      else if (leased.leaseUntil.getTime() - at.getTime() >= lease / 2) {
        ready.push({ id, recipient, delivery: leased });
      } else stale.push({ id, recipient, delivery: leased });
    }
    if (stale.length > 0) {
      const renewed = new Map(
        (
          await this.deliveries.renewLeases(
            stale.map((s) => s.delivery!),
            at,
            lease,
          )
        ).map((d) => [d.id, d]),
      );
      for (const s of stale) {
        const delivery = renewed.get(s.id);
        if (delivery) ready.push({ ...s, delivery });
        else claim.push({ id: s.id, recipient: s.recipient });
      }
    }
    return [...ready, ...claim];
  }

  /**
   * Look for every due delivery now (a resend, another replica's retries, what a crash left
   * behind, digests): a query over the queue, run on the poll interval (DISPATCH_POLL_MS) and on
   * request, never per new delivery; this process's own retries come by timer, by _id.
   */
  sweep(): void {
    this.sweepRequested = true;
    this.wake();
  }

  /** Run now; coalesces with one in progress. */
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
        const sweep = this.sweepRequested;
        this.sweepRequested = false;
        await this.runBatch(() => new Date(), sweep);
      } catch (error) {
        this.logger.error(`delivery sweep failed: ${(error as Error).message}`);
      }
    } while (this.again && !this.stopped);
  }

  /**
   * The queued new deliveries (by _id), then, with `sweep` (the default when called directly),
   * every due delivery (up to a batch) and every due digest; returns how many were handled, once
   * every one of them was sent (or failed).
   */
  async runOnce(now = () => new Date(), sweep = true): Promise<number> {
    try {
      return await this.runBatch(now, sweep);
    } finally {
      await this.sendersIdle();
    }
  }

  /** runOnce, returning as soon as the senders have room for the next batch. */
  private async runBatch(now: () => Date, sweep: boolean): Promise<number> {
    const queued: [string, Queued][] = [];
    while (!this.stopped && queued.length < BATCH) {
      const entry = this.queued.shift();
      if (!entry) break;
      queued.push(entry);
    }
    this.waits.recheck();
    const done = queued.length;
    if (done > 0) await this.sendAll(await this.leaseQueued(queued, now()), now);
    if (this.queued.size > 0) {
      // More queued: the next run takes them, and the sweep asked for waits for that run.
      this.again = true;
      if (sweep) this.sweepRequested = true;
      return done;
    }
    if (!sweep) return done;
    // One claim first: when nothing is due (the usual answer) the sweep costs one query, not
    // one per worker.
    const first = await this.deliveries.claimDue(now(), this.config.DISPATCH_LEASE_MS);
    if (!first) {
      const digests = await this.digests.sendDue(now());
      this.sweptFound(digests);
      return done + digests;
    }
    let swept = 1;
    let drained = false;
    let taken: Delivery | undefined = first;
    await this.inParallel(async () => {
      if (taken) {
        const mine = taken;
        taken = undefined;
        await this.deliver(mine, now);
      }
      while (!drained && swept < BATCH && !this.stopped) {
        swept += 1;
        const claimed = await this.deliveries.claimDue(now(), this.config.DISPATCH_LEASE_MS);
        if (!claimed) {
          drained = true;
          swept -= 1;
          return;
        }
        await this.deliver(claimed, now);
      }
    });
    // A full batch: more may be due, sweep again right away.
    if (swept >= BATCH) {
      this.sweepRequested = true;
      this.again = true;
    }
    this.sweptFound(swept);
    return done + swept + (await this.digests.sendDue(now()));
  }

  /**
   * Sends leased (or to be claimed) deliveries: a local channel's (the inbox) all at once, so
   * their writes share one command; the others go to the senders, DISPATCH_CONCURRENCY at a
   * time. Returns when the local ones are done and the senders have room for another batch.
   */
  private async sendAll(ready: Ready[], now: () => Date): Promise<void> {
    const isLocal = (r: Ready) => !!r.delivery && !!this.channels.get(r.delivery.channel)?.local;
    for (const r of ready) if (!isLocal(r)) this.outgoing.push({ ready: r, now });
    this.startSenders();
    const results = await Promise.allSettled(
      ready.filter(isLocal).map((r) => this.sendReady(r, now)),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await this.waits.until(() => this.hasRoom());
  }

  private async sendReady({ id, recipient, delivery }: Ready, now: () => Date): Promise<void> {
    const claimed =
      delivery ?? (await this.deliveries.claimIfDue(id, now(), this.config.DISPATCH_LEASE_MS));
    if (claimed) await this.deliver(claimed, now, recipient);
  }

  private startSenders(): void {
    while (
      !this.stopped &&
      this.senders < this.config.DISPATCH_CONCURRENCY &&
      this.outgoing.length > 0
    ) {
      const { ready, now } = this.outgoing.shift()!;
      this.senders += 1;
      void this.sendReady(ready, now)
        .catch((error: unknown) =>
          // Its lease runs out and the sweep sends it again.
          this.logger.error(`delivery ${ready.id} not sent: ${(error as Error).message}`),
        )
        .finally(() => {
          this.senders -= 1;
          this.startSenders();
        });
    }
    this.waits.recheck();
  }

  /** Room: fewer waiting than one round of senders (or stopped: nothing more starts). */
  private hasRoom(): boolean {
    return this.stopped || this.outgoing.length < this.config.DISPATCH_CONCURRENCY;
  }

  private isIdle(): boolean {
    return this.senders === 0 && (this.stopped || this.outgoing.length === 0);
  }

  private sendersIdle(): Promise<void> {
    return this.waits.until(() => this.isIdle());
  }

  /**
   * Runs DISPATCH_CONCURRENCY copies of `worker`, each delivery leased on its own; settles when
   * all have, then throws the first failure (the sweep logs it and the lease expires).
   */
  private async inParallel(worker: () => Promise<void>): Promise<void> {
    const results = await Promise.allSettled(
      Array.from({ length: this.config.DISPATCH_CONCURRENCY }, () => worker()),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async deliver(d: Delivery, now: () => Date, known?: Recipient): Promise<void> {
    const channel = this.channels.get(d.channel);
    const recipient = known ?? (await this.recipientOf(d));
    try {
      if (!channel) throw new PermanentChannelError(FAILURE_REASONS.CHANNEL_UNAVAILABLE);
      await channel.send(outgoingNotice(d, recipient));
      const at = now();
      await this.deliveries.delivered(d, at, false, deliveredEvent(d, d.attempts + 1, at, false));
      countDelivered(d, at);
    } catch (error) {
      await this.onFailure(d, error, now());
    }
  }

  private async onFailure(d: Delivery, error: unknown, at: Date): Promise<void> {
    // A fixed code in the delivery and the public event; the server's own text in the log only.
    const reason = failureReasonOf(error);
    const detail = redactReason(detailOf(error));
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
        `${d.channel} delivery ${d.id} failed (attempt ${attempts}), retrying: ${reason} (${detail})`,
      );
      await this.deliveries.retryLater(d, at, next, reason);
      // Queued by _id when it falls due; the sweep is the fallback.
      this.retries.at(d.id, next, () => this.enqueue(d.agencyId, [{ id: d.id }]));
      return;
    }
    this.logger.error(
      `${d.channel} delivery ${d.id} failed for good after ${attempts} attempts: ${reason} (${detail})`,
    );
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
}

/** Promises that settle once their condition holds, checked again on `recheck`. */
class Conditions {
  private readonly waiting: { holds: () => boolean; resolve: () => void }[] = [];

  until(holds: () => boolean): Promise<void> {
    if (holds()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ holds, resolve }));
  }

  recheck(): void {
    const still = this.waiting.filter((w) => !w.holds());
    const met = this.waiting.filter((w) => !still.includes(w));
    this.waiting.splice(0, this.waiting.length, ...still);
    for (const w of met) w.resolve();
  }
}

interface Queued {
  recipient?: Recipient;
  leased?: Delivery;
}

/** A queued delivery about to be sent: leased (`delivery`), or to be claimed by _id first. */
interface Ready {
  id: string;
  recipient?: Recipient;
  delivery?: Delivery;
}

// What the channel's error said, its cause included (an SMTP refusal wrapped in a coded error).
function detailOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}
