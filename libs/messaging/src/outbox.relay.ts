import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Collection, Connection } from 'mongoose';
import type { Document } from 'mongodb';
import { CE_HEADERS } from '@jenjang/contracts';
import {
  FairQueue,
  MONGO_CONNECTION,
  outboxSignals,
  type OutboxEntry,
  type OutboxFields,
  type OutboxStaged,
} from '@jenjang/persistence';
import { EventPublisher } from './event-publisher';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { messagingMetrics } from './metrics';
import { outboxBacklog } from './outbox-backlog';
import { contextFrom, currentTraceHeaders, inSpan, SpanKind } from './tracing';

type OutboxDoc = OutboxFields & { _id: unknown };

/** A queue key for a document id (a string, or an ObjectId and the like by its text). */
const idKey = (id: unknown): string =>
  typeof id === 'string' ? `s:${id}` : `o:${String((id as { toString(): string }).toString())}`;

const PENDING = { 'outbox.0': { $exists: true } };

/** Documents with pending events and no live claim at `now`. */
const claimable = (now: Date): Document => ({
  ...PENDING,
  $or: [{ outboxLease: null }, { 'outboxLease.until': { $lt: now } }],
});

/**
 * Publishes the events waiting in aggregates' outbox arrays. A relay claims documents with a
 * lease (so several replicas never publish the same document at once), publishes their entries
 * in order, then pulls exactly those entries. A crash between publishing and pulling republishes
 * them after the lease expires: at-least-once, deduplicated by consumers on `ce_id`.
 *
 * Which documents to claim it is told in process (libs/persistence `outboxSignals`, raised by the
 * writes that stage events): it claims them by `_id`, in the order they were staged, so the
 * events of one employee reach the topic in that order and no cycle costs more as collections
 * grow. A slow sweep (every `sweepMs`, and when `wake()` is called without a known document)
 * finds what no signal announced: events staged by a crashed process, a released claim, a write
 * the hooks cannot see; it claims the oldest pending event first.
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
  private lastSweepAt = 0;
  private sweepRequested = true;
  /**
   * Per collection, documents signalled with staged events: in signal order within an agency,
   * agencies taking turns (one agency's bulk import does not hold back another's events).
   */
  private readonly queued = new Map<string, FairQueue<unknown>>();
  private readonly onStaged = (signal: OutboxStaged) => {
    if (signal.connection !== this.connection) return;
    const queue = this.queued.get(signal.collection);
    if (!queue) return; // not one of this relay's collections
    signal.ids.forEach((id, i) => queue.push(signal.agencies[i] ?? '', idKey(id), id));
    this.wakeUp?.();
  };

  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    for (const name of options.outboxCollections ?? []) {
      // The relay is a system job across all agencies: it uses the driver's collection directly,
      // outside the tenant-scoped repositories.
      this.collections.push(connection.collection(name));
      this.queued.set(name, new FairQueue());
    }
  }

  /** How often the recovery sweep scans for pending events nobody signalled. */
  private get sweepMs(): number {
    return this.options.relay?.sweepMs ?? 5_000;
  }

  private get leaseMs(): number {
    return this.options.relay?.leaseMs ?? 30_000;
  }

  onApplicationBootstrap(): void {
    if (this.options.relay?.enabled === false || this.collections.length === 0) return;
    this.running = true;
    outboxSignals.on('staged', this.onStaged);
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    outboxSignals.off('staged', this.onStaged);
    this.running = false;
    this.wake();
    await this.loop;
  }

  /**
   * Wakes the relay now. Writes through mongoose signal their documents by themselves, so the
   * services' calls after such writes only shorten the wait; a write the hooks cannot see is
   * found by the next sweep (every `sweepMs`).
   */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        for (const collection of this.collections) {
          published += await this.drainSignalled(collection);
        }
        if (this.sweepRequested || Date.now() - this.lastSweepAt >= this.sweepMs) {
          this.sweepRequested = false;
          this.lastSweepAt = Date.now();
          for (const collection of this.collections) published += await this.drainOne(collection);
        }
        await this.reportBacklog();
      } catch (error) {
        this.logger.error(`outbox relay cycle failed: ${(error as Error).message}`);
      }
      const signalled = [...this.queued.values()].some((q) => q.size > 0);
      if (published === 0 && !signalled && this.running) {
        await this.sleep(Math.max(10, this.lastSweepAt + this.sweepMs - Date.now()));
      }
    }
  }

  /** Claims and publishes up to `batchSize` signalled documents of one collection, by _id. */
  private async drainSignalled(collection: Collection): Promise<number> {
    const queue = this.queued.get(collection.collectionName);
    if (!queue || queue.size === 0) return 0;
    const ids: unknown[] = [];
    for (
      let next = queue.shift();
      next;
      next = ids.length < this.batchSize ? queue.shift() : undefined
    )
      ids.push(next[1]);
    try {
      return await this.claimAndPublish(collection, ids, new Date());
    } catch (error) {
      // Not lost: the sweep finds them (their claim was given back or never taken).
      this.sweepRequested = true;
      throw error;
    }
  }

  /**
   * Claims up to `batchSize` aggregates with pending events (oldest pending event first: an array
   * field sorts by its smallest element, so events of one employee staged on different aggregates
   * reach the topic in the order they were staged), publishes all their entries in one request in
   * staging order, then pulls exactly those entries. Returns how many were published.
   */
  async drainOne(collection: Collection): Promise<number> {
    const now = new Date();
    const candidates = await collection
      .find(claimable(now), {
        projection: { _id: 1 },
        sort: { 'outbox.createdAt': 1 },
        limit: this.batchSize,
      })
      .toArray();
    if (candidates.length === 0) return 0;
    return this.claimAndPublish(
      collection,
      candidates.map((c) => c._id),
      now,
    );
  }

  /**
   * Leases the documents among `ids` that have pending events and no live lease, publishes all
   * their entries in one request in staging order, then pulls exactly those entries: one claim,
   * one read by _id, one publish, one bulk write, whatever the collection's size.
   */
  private async claimAndPublish(
    collection: Collection,
    ids: unknown[],
    now: Date,
  ): Promise<number> {
    // One claim per cycle: another replica's claim on the same documents fails the lease filter.
    const claim = `${this.owner}:${randomUUID()}`;
    const byId: Document = { _id: { $in: ids } };
    await collection.updateMany(
      { ...claimable(now), ...byId },
      { $set: { outboxLease: { owner: claim, until: new Date(now.getTime() + this.leaseMs) } } },
    );
    const claimed = (await collection
      .find({ ...byId, 'outboxLease.owner': claim }, { projection: { outbox: 1 } })
      .toArray()) as unknown as OutboxDoc[];
    if (claimed.length === 0) return 0;
    const entries = claimed
      .flatMap((doc) => doc.outbox)
      .sort((x, y) => new Date(x.createdAt).getTime() - new Date(y.createdAt).getTime());
    try {
      await this.publishAll(entries);
    } catch (error) {
      // Give the claim back at once, so the next cycle tries again instead of waiting out the
      // lease (a broker that is electing a leader answers within seconds, not a lease later).
      await collection
        .updateMany({ ...byId, 'outboxLease.owner': claim }, { $set: { outboxLease: null } })
        .catch(() => undefined);
      throw error;
    }
    const release = claimed.map((doc) => {
      const filter: Document = { _id: doc._id, 'outboxLease.owner': claim };
      const update: Document = {
        $pull: { outbox: { id: { $in: doc.outbox.map((e) => e.id) } } },
        $set: { outboxLease: null },
      };
      return { updateOne: { filter, update } };
    });
    await collection.bulkWrite(release, { ordered: false });
    return entries.length;
  }

  private get batchSize(): number {
    return this.options.relay?.batchSize ?? 100;
  }

  // A batch keeps each entry's staged trace headers, so consumers continue the trace of the
  // request that staged it; a single entry gets its own producer span.
  private async publishAll(entries: OutboxEntry[]): Promise<void> {
    if (entries.length === 1) return this.publish(entries[0]);
    await this.publisher.sendAll(
      entries.map((entry) => ({
        topic: entry.topic,
        key: entry.key,
        value: entry.payload,
        headers: entry.headers,
      })),
    );
    for (const entry of entries) messagingMetrics.outboxPublished.inc({ topic: entry.topic });
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

  /** Events staged and not yet published, across the relay's collections. */
  async pending(): Promise<number> {
    let total = 0;
    for (const collection of this.collections) total += await collection.countDocuments(PENDING);
    return total;
  }

  private async reportBacklog(): Promise<void> {
    // A scan per collection: as rare as the sweep.
    if (Date.now() - this.lastBacklogAt < Math.max(5_000, this.sweepMs)) return;
    this.lastBacklogAt = Date.now();
    for (const collection of this.collections) {
      // One scan gives the count and the oldest entry (only the entries' dates are read).
      const docs = await collection
        .find(PENDING, { projection: { _id: 0, 'outbox.createdAt': 1 } })
        .toArray();
      const backlog = outboxBacklog(docs as OutboxDoc[], Date.now());
      const labels = { collection: collection.collectionName };
      messagingMetrics.outboxBacklog.set(labels, backlog.documents);
      messagingMetrics.outboxOldestAge.set(labels, backlog.oldestAgeSeconds);
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
