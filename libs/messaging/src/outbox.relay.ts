import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Collection, Connection } from 'mongoose';
import { CE_HEADERS } from '@jenjang/contracts';
import { MONGO_CONNECTION, type OutboxEntry, type OutboxFields } from '@jenjang/persistence';
import { EventPublisher } from './event-publisher';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { messagingMetrics } from './metrics';
import { contextFrom, currentTraceHeaders, inSpan, SpanKind } from './tracing';

type OutboxDoc = OutboxFields & { _id: unknown };

const PENDING = { 'outbox.0': { $exists: true } };

/**
 * Publishes the events waiting in aggregates' outbox arrays. A relay claims one document with a
 * lease (so several replicas never publish the same document at once), publishes its entries in
 * order, then pulls exactly those entries. A crash between publishing and pulling republishes
 * them after the lease expires: at-least-once, deduplicated by consumers on `ce_id`. Documents
 * are claimed oldest pending event first, so with one relay per service the events of one
 * employee reach the topic in the order they were staged, across aggregates.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly collections: Collection[] = [];
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private lastBacklogAt = 0;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    for (const name of options.outboxCollections ?? []) {
      // The relay is a system job across all agencies: it uses the driver's collection directly,
      // outside the tenant-scoped repositories.
      this.collections.push(connection.collection(name));
    }
  }

  private get pollMs(): number {
    return this.options.relay?.pollMs ?? 500;
  }

  private get leaseMs(): number {
    return this.options.relay?.leaseMs ?? 30_000;
  }

  onApplicationBootstrap(): void {
    if (this.options.relay?.enabled === false || this.collections.length === 0) return;
    this.running = true;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** Call after writing an aggregate with new outbox entries to publish without waiting. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        for (const collection of this.collections) published += await this.drainOne(collection);
        await this.reportBacklog();
      } catch (error) {
        this.logger.error(`outbox relay cycle failed: ${(error as Error).message}`);
      }
      if (published === 0 && this.running) await this.sleep(this.pollMs);
    }
  }

  /** Claims and publishes one aggregate's pending events; returns how many were published. */
  async drainOne(collection: Collection): Promise<number> {
    const now = new Date();
    const claimed = (await collection.findOneAndUpdate(
      { ...PENDING, $or: [{ outboxLease: null }, { 'outboxLease.until': { $lt: now } }] },
      {
        $set: { outboxLease: { owner: this.owner, until: new Date(now.getTime() + this.leaseMs) } },
      },
      // Oldest pending event first (an array field sorts by its smallest element): events of one
      // employee staged on different aggregates (e.g. two appraisals finalized in a row) are
      // published in the order they were staged, so per-key order on the topic follows it.
      { returnDocument: 'after', projection: { outbox: 1 }, sort: { 'outbox.createdAt': 1 } },
    )) as OutboxDoc | null;
    if (!claimed) return 0;
    const entries = claimed.outbox;
    for (const entry of entries) await this.publish(entry);
    await collection.updateOne(
      { _id: claimed._id, 'outboxLease.owner': this.owner } as Record<string, unknown>,
      {
        $pull: { outbox: { id: { $in: entries.map((e) => e.id) } } },
        $set: { outboxLease: null },
      } as Record<string, unknown>,
    );
    return entries.length;
  }

  private async publish(entry: OutboxEntry): Promise<void> {
    const parent = contextFrom(
      entry.headers[CE_HEADERS.traceparent],
      entry.headers[CE_HEADERS.tracestate],
    );
    await inSpan(
      `${entry.topic} publish`,
      SpanKind.PRODUCER,
      parent,
      {
        'messaging.system': 'kafka',
        'messaging.destination.name': entry.topic,
        'messaging.message.id': entry.id,
      },
      async () => {
        const trace = currentTraceHeaders();
        const headers = { ...entry.headers };
        if (trace.traceparent) {
          headers[CE_HEADERS.traceparent] = trace.traceparent;
          headers.traceparent = trace.traceparent;
        }
        await this.publisher.send({
          topic: entry.topic,
          key: entry.key,
          value: entry.payload,
          headers,
        });
        messagingMetrics.outboxPublished.inc({ topic: entry.topic });
      },
    );
  }

  private async reportBacklog(): Promise<void> {
    if (Date.now() - this.lastBacklogAt < 5_000) return;
    this.lastBacklogAt = Date.now();
    for (const collection of this.collections) {
      const pending = await collection.countDocuments(PENDING);
      messagingMetrics.outboxBacklog.set({ collection: collection.collectionName }, pending);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
