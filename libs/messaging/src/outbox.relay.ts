import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Collection, Connection } from 'mongoose';
import type { AnyBulkWriteOperation, Document } from 'mongodb';
import {
  MONGO_CONNECTION,
  outboxSignals,
  type OutboxEntry,
  type OutboxFields,
  type OutboxReleased,
  type OutboxStaged,
} from '@jenjang/persistence';
import { EventPublisher } from './event-publisher';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { messagingMetrics } from './metrics';
import { ConsumerLagProbe } from './consumer-lag.probe';
import { createKafka } from './kafka-client';
import { OutboxBacklogTally } from './outbox-backlog';
import { lingerFor } from './relay-linger';
import { sweepInterval } from './relay-sweep';
import { publishEntries } from './relay-publish';
import { RecentIds } from './recent-ids';
import { RelayQueue, type Queued } from './relay-queue';

type OutboxDoc = OutboxFields & { _id: unknown };

/** What a sweep's scans found to claim; `full`: a sweep of every collection, begun at `at`. */
type Scanned = { found: { collection: Collection; ids: unknown[] }[]; full: boolean; at: number };

/** Claims of `batchSize` one sweep makes from its scan before it asks for another. */
const SWEEP_BATCHES = 10;

/** How often the backlog gauges are refreshed from what this process was told between sweeps. */
const GAUGE_MS = 5_000;

const PENDING = { 'outbox.0': { $exists: true } };

/** The time of a document's oldest pending event (ms). */
const oldestOf = (doc: OutboxDoc): number =>
  Math.min(...doc.outbox.map((e) => new Date(e.createdAt).getTime()));

const updateOne = (filter: Document, update: Document): AnyBulkWriteOperation => ({
  updateOne: { filter, update },
});

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
 * grow. A slow sweep (at start and once more when a previous run's leases have run out, every
 * `sweepMs` (1 min; less often when its scans are slow, so that they take at most 0.5 % of the
 * time: sweepInterval), after a failed publish and when held events are released) finds what no
 * signal announced: events staged by a crashed process, a claim given back, a write the hooks
 * cannot see; it claims the oldest pending event first. Its scan also sets the backlog gauges.
 *
 * With a pace (`relay.pace`), a bulk is let into the topics only as fast as the platform's
 * consumer groups take it: an agency with more than a few documents waiting gets only the room
 * left under `maxLag` (the furthest-behind group's lag, as last read, plus what went out since),
 * once that room is at least half of `maxLag`, rather than a whole batch whenever the lag is under
 * it; the others' events go out at once.
 * Another agency's appraisal then stands behind at most about `maxLag` events in any group, not
 * behind the whole of a year-end import nor a batch on top of it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly collections: Collection[] = [];
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private nextSweepAt = 0;
  private lastGaugeAt = 0;
  /** How long the last full sweep's scans took (the periodic sweep's spacing: sweepInterval). */
  private lastSweepScanMs = 0;
  private sweepRequested = true;
  /** A sweep's scans under way, and what the last one found, to claim. */
  private scanning?: Promise<void>;
  private scanned?: Scanned;
  /** When a drain last failed: only a full sweep begun after it ends `claimOnly`. */
  private failedAt = 0;
  /** Collections to sweep at once (held events released there), without sweeping the others. */
  private readonly sweepsRequested = new Set<string>();
  /** What the writes told this relay (relay-queue.ts). */
  private readonly queue: RelayQueue;
  /**
   * The events this relay published lately. A document read from the store may hold events
   * whose write tells of them only afterwards (it committed before the read, its signal came
   * after): told then, they are not published a second time. Such a signal comes within a cycle
   * or two (tens of documents); 5,000 ids cost about half a megabyte.
   */
  private readonly published = new RecentIds(5_000);
  private readonly onStaged = (signal: OutboxStaged) => {
    if (signal.connection !== this.connection || !this.queue.add(signal)) return;
    // While it lingers, a few more documents do not wake it; a full batch does.
    if (!this.lingering || this.queue.size >= this.batchSize) this.wakeUp?.();
  };
  /** Waiting for a fuller batch (see lingerMs). */
  private lingering = false;
  /** Held events were let go by a write the signals cannot name (an import's release). */
  private readonly onReleased = (signal: OutboxReleased) => {
    if (signal.connection !== this.connection || !this.queue.has(signal.collection)) return;
    this.sweepsRequested.add(signal.collection);
    this.wakeUp?.();
  };

  /** The platform's lag, read through the admin API when a pace is configured. */
  private readonly lagProbe?: ConsumerLagProbe;
  private lag = { value: 0, readAt: 0, publishedSince: 0 };
  /** A drain left documents queued because of the pace: sleep until the lag is read again. */
  private heldByPace = false;
  private lagUnread = false;
  /** The topics this relay published to: the lag that counts is the groups' lag there. */
  private readonly publishedTopics = new Set<string>();

  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    if (options.relay?.pace?.groups.length) {
      this.lagProbe = new ConsumerLagProbe(
        createKafka(options.brokers, `${options.clientId}-pace`, options.security),
      );
    }
    for (const name of options.outboxCollections ?? []) {
      // The relay is a system job across all agencies: it uses the driver's collection directly,
      // outside the tenant-scoped repositories.
      this.collections.push(connection.collection(name));
    }
    this.queue = new RelayQueue(options.outboxCollections ?? []);
  }

  /**
   * How often the recovery sweep scans for pending events nobody signalled. It scans each outbox
   * collection, a cost that grows with the data, so it is rare: the signals carry the normal
   * path, and a crashed process's events are found by the sweeps when it starts again. Once a
   * minute by default: events staged by another program (the demo seeds) wait at most that long.
   * Where the scans are slow (large collections on the development store) the periodic sweep is
   * spaced further (sweepInterval), at most 10 minutes apart.
   */
  private get sweepMs(): number {
    return this.options.relay?.sweepMs ?? 60_000;
  }

  /** A periodic sweep leaves events younger than this to the replica that staged them. */
  private get graceMs(): number {
    return Math.min(this.sweepMs, 5_000);
  }

  private get leaseMs(): number {
    return this.options.relay?.leaseMs ?? 30_000;
  }

  onApplicationBootstrap(): void {
    if (this.options.relay?.enabled === false || this.collections.length === 0) return;
    this.running = true;
    outboxSignals.on('staged', this.onStaged);
    outboxSignals.on('released', this.onReleased);
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    outboxSignals.off('staged', this.onStaged);
    outboxSignals.off('released', this.onReleased);
    this.running = false;
    this.wake();
    await this.loop;
    await this.scanning;
    await this.lagProbe?.disconnect();
  }

  /**
   * Wakes the relay now. Writes through mongoose signal their documents by themselves, so the
   * services' calls after such writes only shorten the wait; a write the hooks cannot see is
   * found by the next sweep (every `sweepMs`), sooner with an updateMany that releases held
   * events (`released` signal).
   */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    // A sweep at start, and one more once the leases a previous run of this process may have
    // held have run out: what a crash left behind is published within a lease.
    this.nextSweepAt = Date.now();
    let followUp = true;
    let failures = 0;
    while (this.running) {
      const linger = this.lingerNow();
      if (linger > 0) {
        this.lingering = true;
        await this.sleep(linger);
        this.lingering = false;
        if (!this.running) break;
      }
      let published = 0;
      let failed = false;
      this.heldByPace = false;
      try {
        for (const collection of this.collections) {
          published += await this.drainSignalled(collection);
        }
        // A sweep's scan runs beside the drains (on the development store it reads every
        // pending document, seconds with a held import of 50 000, during which another agency's
        // event would wait); its claims run here, between two drains.
        if (this.scanned) published += await this.claimScanned();
        if (this.scanning) {
          // Under way: its end wakes the loop.
        } else if (this.sweepRequested || Date.now() >= this.nextSweepAt) {
          const requested = this.sweepRequested;
          this.sweepRequested = false;
          this.nextSweepAt =
            Date.now() +
            (followUp
              ? Math.min(this.sweepMs, this.leaseMs + 1_000)
              : sweepInterval(this.sweepMs, this.lastSweepScanMs));
          followUp = false;
          this.sweepsRequested.clear();
          this.startScan(this.collections, requested, true);
        } else if (this.sweepsRequested.size > 0) {
          const names = new Set(this.sweepsRequested);
          this.sweepsRequested.clear();
          this.startScan(
            this.collections.filter((c) => names.has(c.collectionName)),
            true,
            false,
          );
        } else this.reportQueued();
      } catch (error) {
        failed = true;
        this.logger.error(`outbox relay cycle failed: ${(error as Error).message}`);
      }
      if (!this.running) break;
      // After a failure (a broker electing a leader, a broker down), wait before the sweep it
      // asked for: 0.5 s, then twice as long each time, at most 15 s.
      failures = failed ? failures + 1 : 0;
      if (failed) await this.sleep(Math.min(15_000, 250 * 2 ** failures));
      else if (published === 0 && this.heldByPace) {
        // Until the lag is read again (a signal of an agency with a few events wakes it sooner).
        await this.sleep(Math.max(10, this.lag.readAt + this.paceCheckMs - Date.now()));
      } else if (
        published === 0 &&
        this.queue.size === 0 &&
        !this.scanned &&
        (this.scanning || (!this.sweepRequested && this.sweepsRequested.size === 0))
      ) {
        await this.sleep(Math.max(10, Math.min(GAUGE_MS, this.nextSweepAt - Date.now())));
      }
    }
  }

  /**
   * How long to wait for more signals before publishing what is queued (0: publish now). Under
   * load, a relay that published as soon as it was told sent a Kafka request and a store write
   * for one or two documents at a time; a short linger (`relay.lingerMs`, 20 ms by default, as a
   * Kafka producer's linger.ms) lets a cycle take what arrives in it. A full batch goes at once.
   */
  private lingerNow(): number {
    const lingerMs = this.options.relay?.lingerMs ?? 20;
    const queued = this.queue.size;
    if (lingerMs <= 0 || queued >= this.batchSize) return 0;
    return lingerFor(queued, this.queue.oldestAt(), Date.now(), lingerMs);
  }

  private get paceCheckMs(): number {
    return this.options.relay?.pace?.checkMs ?? 250;
  }

  /**
   * How many documents of a backlog may go out now: the room left under the pace's `maxLag` in
   * the furthest-behind group, its lag last read from the brokers (again after `checkMs`) plus
   * every event published since (each group consumes each of them). A slow step further down
   * the loop shows there too: a service handles all its topics with the same consumer. Without
   * a pace, or if the lag cannot be read, nothing is held back.
   */
  private async paceRoom(): Promise<number> {
    const pace = this.options.relay?.pace;
    if (!pace || !this.lagProbe) return Infinity;
    if (Date.now() - this.lag.readAt >= this.paceCheckMs) {
      const value = await this.lagProbe.lagOf(pace.groups, this.publishedTopics).then(
        (lag) => ((this.lagUnread = false), lag),
        (error: unknown) => {
          if (!this.lagUnread)
            this.logger.warn(`platform lag not read, not pacing: ${(error as Error).message}`);
          this.lagUnread = true;
          return 0;
        },
      );
      this.lag = { value, readAt: Date.now(), publishedSince: 0 };
      messagingMetrics.paceLag.set(this.lag.value);
    }
    // While the lag cannot be read, nothing is held back.
    if (this.lagUnread) return Infinity;
    // Half the room at least, or nothing: the services downstream that keep up take what comes
    // in one batch (an inbox read, a bulk write, a commit), so a few events at a time would
    // cost them as much as a hundred.
    const room = pace.maxLag - this.lag.value - this.lag.publishedSince;
    return room >= Math.ceil(pace.maxLag / 2) ? room : 0;
  }

  /**
   * Claims and publishes up to `batchSize` signalled documents of one collection, by _id,
   * agencies taking turns. With a pace, agencies with a backlog share the room left under it;
   * those with a few documents waiting are never held back.
   */
  private async drainSignalled(collection: Collection): Promise<number> {
    const name = collection.collectionName;
    if (this.queue.sizeOf(name) === 0) return 0;
    const small = this.options.relay?.pace?.smallQueue ?? 10;
    // Only a backlog can be held back: the lag is not read for a few events.
    let room = this.queue.backlogIn(name, small) ? await this.paceRoom() : Infinity;
    const accept = (_: string, size: number) => size <= small || room-- > 0;
    const { told, ids, held } = this.queue.take(name, this.batchSize, accept);
    if (held && room <= 0) this.heldByPace = true;
    if (ids.length === 0 && told.length === 0) return 0;
    try {
      const published = await this.claimAndPublish(collection, ids, new Date(), told);
      this.lag.publishedSince += published;
      return published;
    } catch (error) {
      // Not lost: the sweep finds them (their claim was given back or never taken, and what was
      // known from the signals is still in the documents).
      this.sweepRequested = true;
      this.queue.claimOnly = true;
      this.failedAt = Date.now();
      throw error;
    }
  }

  /**
   * Between sweeps, the backlog gauges show what this process was told of and has not yet
   * published (signalled documents and the age of the oldest signal); each sweep sets them from
   * the store, every replica's events included.
   */
  private reportQueued(): void {
    const now = Date.now();
    if (now - this.lastGaugeAt < GAUGE_MS) return;
    this.lastGaugeAt = now;
    for (const [collection, size] of this.queue.sizes()) {
      const oldest = Math.min(now, this.queue.oldestAt(collection));
      const labels = { collection };
      messagingMetrics.outboxBacklog.set(labels, size);
      messagingMetrics.outboxOldestAge.set(labels, (now - oldest) / 1000);
    }
  }

  /**
   * Starts a sweep's scans of `collections` (one after the other, beside the loop); when they
   * end, the loop claims what they found (claimScanned). A scan that fails is retried by a sweep
   * within 5 s.
   */
  private startScan(collections: Collection[], requested: boolean, full: boolean): void {
    const at = Date.now();
    this.scanning = (async () => {
      const found: Scanned['found'] = [];
      try {
        for (const collection of collections) {
          if (!this.running) return;
          found.push({ collection, ids: await this.scan(collection, requested) });
        }
        this.scanned = { found, full, at };
        if (full) this.lastSweepScanMs = Date.now() - at;
      } catch (error) {
        this.logger.error(`outbox relay sweep failed: ${(error as Error).message}`);
        this.nextSweepAt = Math.min(this.nextSweepAt, Date.now() + 5_000);
      } finally {
        this.scanning = undefined;
        this.wakeUp?.();
      }
    })();
  }

  /**
   * The recovery sweep's scan of one collection: one read of the documents with pending events
   * (their entries' dates and lease only), which also sets the backlog gauges. It finds what no
   * signal announced: documents this relay has not queued and nobody holds, oldest pending event
   * first (an array field sorts by its smallest element, so events of one employee staged on
   * different aggregates reach the topic in the order they were staged). On the periodic sweep,
   * only events older than a grace period: a newer one is probably another replica's, signalled
   * there. What is left beyond SWEEP_BATCHES claims asks for another sweep of the collection.
   */
  private async scan(collection: Collection, requested: boolean): Promise<unknown[]> {
    const now = new Date();
    const before = requested ? now.getTime() : now.getTime() - this.graceMs;
    const limit = this.batchSize * SWEEP_BATCHES;
    // Streamed, and only the `limit` oldest candidates kept: a backlog held in the outbox (a
    // paced import of 50 000) was read whole into memory here and exhausted the heap.
    const tally = new OutboxBacklogTally();
    let candidates: { id: unknown; oldest: number }[] = [];
    let more = false;
    const keepOldest = () => {
      candidates.sort((x, y) => x.oldest - y.oldest);
      if (candidates.length > limit) {
        candidates = candidates.slice(0, limit);
        more = true;
      }
    };
    const scan = collection.find(PENDING, {
      projection: { 'outbox.createdAt': 1, outboxLease: 1 },
    });
    for await (const found of scan) {
      // Stopping: nothing more is claimed (leaving the loop closes the cursor).
      if (!this.running) return [];
      const doc = found as unknown as OutboxDoc & { outboxLease?: { until?: Date } | null };
      tally.add(doc);
      if (doc.outboxLease && new Date(doc.outboxLease.until ?? 0) >= now) continue;
      if (this.queue.isQueued(collection.collectionName, doc._id)) continue;
      const oldest = oldestOf(doc);
      if (oldest > before) continue;
      candidates.push({ id: doc._id, oldest });
      if (candidates.length >= 2 * limit) keepOldest();
    }
    keepOldest();
    const backlog = tally.result(now.getTime());
    const labels = { collection: collection.collectionName };
    messagingMetrics.outboxBacklog.set(labels, backlog.documents);
    messagingMetrics.outboxOldestAge.set(labels, backlog.oldestAgeSeconds);
    // Up to SWEEP_BATCHES claims of `batchSize`; more asks for another sweep of this collection
    // (signalled documents wait at most that long).
    if (more) this.sweepsRequested.add(collection.collectionName);
    return candidates.map((c) => c.id);
  }

  /**
   * Claims and publishes, `batchSize` at a time, what the last sweep's scans found, less what
   * was signalled since (the drains publish those). After a full sweep begun since the last
   * failed drain, documents are no longer claimed and read only (see RelayQueue.claimOnly).
   */
  private async claimScanned(): Promise<number> {
    const { found, full, at } = this.scanned!;
    this.scanned = undefined;
    let published = 0;
    for (const { collection, ids } of found) {
      const name = collection.collectionName;
      const left = ids.filter((id) => !this.queue.isQueued(name, id));
      for (let i = 0; i < left.length && this.running; i += this.batchSize) {
        const batch = left.slice(i, i + this.batchSize);
        published += await this.claimAndPublish(collection, batch, new Date());
      }
    }
    if (full && at > this.failedAt) this.queue.claimOnly = false;
    return published;
  }

  /**
   * Publishes, in one request and in staging order, the events of `told` (as the signals told
   * them, less those it published lately) and those of the documents among `ids` that have
   * pending events and no live lease (leased, then read), then pulls exactly those entries: at
   * most one claim, one read by _id, one publish and one bulk write, whatever the collection's
   * size.
   *
   * Told events need no claim: they are in the store (the signal follows the acknowledged
   * write), and pulling them by id is the same whoever does it. Another replica's sweep may
   * publish them too if this relay is slower than its grace period: a duplicate, which consumers
   * skip by `ce_id`, never a loss.
   */
  private async claimAndPublish(
    collection: Collection,
    ids: unknown[],
    now: Date,
    told: readonly Queued[] = [],
  ): Promise<number> {
    // One claim per cycle: another replica's claim on the same documents fails the lease filter.
    const claim = `${this.owner}:${randomUUID()}`;
    const byId: Document = { _id: { $in: ids } };
    let claimed: OutboxDoc[] = [];
    if (ids.length > 0) {
      await collection.updateMany(
        { ...claimable(now), ...byId },
        { $set: { outboxLease: { owner: claim, until: new Date(now.getTime() + this.leaseMs) } } },
      );
      claimed = (await collection
        .find({ ...byId, 'outboxLease.owner': claim }, { projection: { outbox: 1 } })
        .toArray()) as unknown as OutboxDoc[];
    }
    const known = told
      .map((doc) => ({ ...doc, entries: doc.entries?.filter((e) => !this.published.has(e.id)) }))
      .filter((doc) => doc.entries?.length);
    if (claimed.length === 0 && known.length === 0) return 0;
    const entries = [
      ...known.flatMap((doc) => doc.entries ?? []),
      ...claimed.flatMap((doc) => doc.outbox),
    ].sort((x, y) => new Date(x.createdAt).getTime() - new Date(y.createdAt).getTime());
    for (const entry of entries) this.publishedTopics.add(entry.topic);
    try {
      await publishEntries(this.publisher, entries);
      for (const entry of entries) this.published.add(entry.id);
    } catch (error) {
      // Give the claim back at once, so the next cycle tries again instead of waiting out the
      // lease (a broker that is electing a leader answers within seconds, not a lease later).
      if (claimed.length > 0) {
        await collection
          .updateMany({ ...byId, 'outboxLease.owner': claim }, { $set: { outboxLease: null } })
          .catch(() => undefined);
      }
      throw error;
    }
    const pulled = (events: readonly OutboxEntry[]) => ({
      outbox: { id: { $in: events.map((e) => e.id) } },
    });
    const release = [
      ...claimed.map((doc) =>
        updateOne(
          { _id: doc._id, 'outboxLease.owner': claim },
          { $pull: pulled(doc.outbox), $set: { outboxLease: null } },
        ),
      ),
      ...known.map((doc) => updateOne({ _id: doc.id }, { $pull: pulled(doc.entries ?? []) })),
    ];
    await collection.bulkWrite(release, { ordered: false });
    const labels = { collection: collection.collectionName };
    if (known.length > 0) {
      messagingMetrics.outboxDocuments.inc({ ...labels, how: 'told' }, known.length);
    }
    if (claimed.length > 0) {
      messagingMetrics.outboxDocuments.inc({ ...labels, how: 'claimed' }, claimed.length);
    }
    return entries.length;
  }

  /**
   * 250 rather than 100: each cycle's claim, Kafka request and clearing write carry more events,
   * and the consumers downstream get fuller batches (one inbox read and write, one commit each).
   * At 10,000 appraisals store operations per appraisal fell from 2.5 to 1.6, Kafka requests from
   * 1.1 to 0.6, the loop from 78 to 63-70 s; another agency's p99 rose from 1.4-1.9 s to 2.5 s
   * (issue 12, docs/benchmark).
   */
  private get batchSize(): number {
    return this.options.relay?.batchSize ?? 250;
  }

  /** Events staged and not yet published, across the relay's collections. */
  async pending(): Promise<number> {
    let total = 0;
    for (const collection of this.collections) total += await collection.countDocuments(PENDING);
    return total;
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
