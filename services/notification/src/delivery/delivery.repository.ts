import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery } from 'mongoose';
import {
  isDuplicateKey,
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  WriteBatcher,
  type AgencyScope,
  type OutboxEntry,
} from '@jenjang/persistence';
import type { NotificationFailure } from '@jenjang/contracts';
import { DeliverySchema, type DeliveryDoc, type DeliveryState } from './delivery.schema';

export type Delivery = Omit<DeliveryDoc, '_id' | 'outbox' | 'outboxLease'> & { id: string };

/** A delivery to store, with the public events it stages (its outbox is the repository's). */
export type NewDelivery = Omit<DeliveryDoc, 'outbox' | 'outboxLease'> & { events?: OutboxEntry[] };

// The dispatcher works for every agency.
const SYSTEM = provinceScope('notification dispatcher works for every agency');

export interface DeliveryQuery {
  state?: DeliveryState;
  type?: string;
  channel?: string;
  recipientEmployeeId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class DeliveryRepository extends TenantScopedRepository<DeliveryDoc, Delivery> {
  private readonly finishes: WriteBatcher<DeliveryDoc>;
  private readonly inserts: WriteBatcher<DeliveryDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<DeliveryDoc>('Delivery', DeliverySchema));
    this.finishes = new WriteBatcher(this.model);
    this.inserts = new WriteBatcher(this.model);
  }

  /** A stored delivery as the dispatcher sees it (e.g. one just inserted, leased). */
  plainOf(d: NewDelivery): Delivery {
    const { events: _e, ...doc } = d;
    return this.toPlain({ ...doc, outbox: [], outboxLease: null });
  }

  protected toPlain(d: DeliveryDoc): Delivery {
    const { _id, outbox: _o, outboxLease: _l, ...rest } = d;
    return { id: _id, ...rest, attemptLog: rest.attemptLog ?? [] };
  }

  /**
   * Stores the notices of one event in one write; returns the ids actually stored (a notice that
   * exists already, from a redelivered event, is left as it is).
   */
  async createMany(scope: AgencyScope, docs: NewDelivery[]): Promise<string[]> {
    if (scope.kind !== 'agency') throw new Error('createMany needs an agency scope');
    if (docs.length === 0) return [];
    // Batched with the notices of the other events handled in the same turn: one insert command.
    const outcomes = await Promise.allSettled(
      docs.map(({ events = [], ...d }) =>
        this.inserts.write(
          {
            insertOne: {
              document: { ...d, agencyId: scope.agencyId, outbox: events, outboxLease: null },
            },
          },
          events.length > 0 ? { id: d._id } : undefined,
        ),
      ),
    );
    const created: string[] = [];
    outcomes.forEach((o, i) => {
      if (o.status === 'fulfilled') created.push(docs[i]._id);
      else if (!isDuplicateKey(o.reason)) throw o.reason;
    });
    return created;
  }

  /** Takes one due delivery for `leaseMs`; another replica may take it over after the lease. */
  async claimDue(now: Date, leaseMs: number, states: DeliveryState[] = ['PENDING']) {
    const doc = await this.model
      .findOneAndUpdate(
        {
          state: { $in: states },
          nextAttemptAt: { $lte: now },
          $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }],
        },
        { $set: { leaseUntil: new Date(now.getTime() + leaseMs) } },
        { ...this.options(SYSTEM), new: true, sort: { nextAttemptAt: 1 } },
      )
      .lean<DeliveryDoc>()
      .exec();
    return doc ? this.toPlain(doc) : null;
  }

  /** Takes one given delivery for `leaseMs` if it is still in `state` and not leased. */
  async claim(id: string, state: DeliveryState, now: Date, leaseMs: number) {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: id, state, $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }] },
        { $set: { leaseUntil: new Date(now.getTime() + leaseMs) } },
        { ...this.options(SYSTEM), new: true },
      )
      .lean<DeliveryDoc>()
      .exec();
    return doc ? this.toPlain(doc) : null;
  }

  /** Takes one given PENDING delivery for `leaseMs` if it is due and not leased (by _id). */
  async claimIfDue(id: string, now: Date, leaseMs: number) {
    const doc = await this.model
      .findOneAndUpdate(
        {
          _id: id,
          state: 'PENDING',
          nextAttemptAt: { $lte: now },
          $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }],
        },
        { $set: { leaseUntil: new Date(now.getTime() + leaseMs) } },
        { ...this.options(SYSTEM), new: true },
      )
      .lean<DeliveryDoc>()
      .exec();
    return doc ? this.toPlain(doc) : null;
  }

  /**
   * Extends this process's own leases on PENDING deliveries (each matched by the lease it holds)
   * in one command; returns those renewed, with their new lease. One taken over meanwhile (its
   * lease expired and another replica claimed it) or finished is left out.
   */
  async renewLeases(held: Delivery[], now: Date, leaseMs: number): Promise<Delivery[]> {
    if (held.length === 0) return [];
    const until = new Date(now.getTime() + leaseMs);
    const ids = held.map((d) => d.id);
    const leases = [...new Set(held.map((d) => d.leaseUntil?.getTime()))]
      .filter((t): t is number => t !== undefined)
      .map((t) => new Date(t));
    const result = await this.model
      .updateMany(
        { _id: { $in: ids }, state: 'PENDING', leaseUntil: { $in: leases } },
        { $set: { leaseUntil: until } },
        this.options(SYSTEM),
      )
      .exec();
    let renewed = held;
    if (result.modifiedCount !== held.length) {
      // Some were not this process's any more: the ones that now hold this renewal are.
      const mine = await this.model
        .find({ _id: { $in: ids }, leaseUntil: until }, { _id: 1 }, this.options(SYSTEM))
        .lean<{ _id: string }[]>()
        .exec();
      const ours = new Set(mine.map((d) => d._id));
      renewed = held.filter((d) => ours.has(d.id));
    }
    return renewed.map((d) => ({ ...d, leaseUntil: until }));
  }

  /** Whether any delivery is due: lets the dispatcher sleep until the next poll. */
  async nextDue(): Promise<Date | null> {
    const doc = await this.model
      .findOne(
        { state: { $in: ['PENDING', 'DIGEST'] } },
        { nextAttemptAt: 1 },
        this.options(SYSTEM),
      )
      .sort({ nextAttemptAt: 1 })
      .lean<DeliveryDoc>()
      .exec();
    return doc?.nextAttemptAt ?? null;
  }

  private async finish(
    claimed: Delivery,
    set: Partial<DeliveryDoc>,
    attempt: { at: Date; ok: boolean; error: string | null },
    event?: OutboxEntry,
  ): Promise<void> {
    // Guarded by the lease this process holds: a write after the lease passed to another
    // replica changes nothing. Batched with the other deliveries finished in the same turn.
    await this.finishes.write(
      {
        updateOne: {
          filter: { _id: claimed.id, agencyId: claimed.agencyId, leaseUntil: claimed.leaseUntil },
          update: {
            $set: { ...set, leaseUntil: null, updatedAt: attempt.at },
            $inc: { attempts: 1, roundAttempts: 1 },
            $push: {
              attemptLog: { $each: [attempt], $slice: -20 },
              ...(event ? { outbox: event } : {}),
            },
          },
        },
      },
      event ? { id: claimed.id } : undefined,
    );
  }

  delivered(claimed: Delivery, at: Date, digest: boolean, event: OutboxEntry) {
    return this.finish(
      claimed,
      { state: 'DELIVERED', deliveredAt: at, nextAttemptAt: null, lastError: null, digest },
      { at, ok: true, error: null },
      event,
    );
  }

  retryLater(claimed: Delivery, at: Date, next: Date, error: string) {
    return this.finish(
      claimed,
      { nextAttemptAt: next, lastError: error },
      { at, ok: false, error },
    );
  }

  failed(
    claimed: Delivery,
    at: Date,
    failure: NotificationFailure,
    error: string,
    event: OutboxEntry,
  ) {
    return this.finish(
      claimed,
      { state: 'FAILED', failure, failedAt: at, nextAttemptAt: null, lastError: error },
      { at, ok: false, error },
      event,
    );
  }

  /** The recipients whose digest is due, with their waiting notices. */
  async dueDigests(now: Date, limit = 200): Promise<Delivery[]> {
    return this.find(
      SYSTEM,
      { state: 'DIGEST', nextAttemptAt: { $lte: now } },
      { sort: { recipientEmployeeId: 1, createdAt: 1 }, limit },
    );
  }

  get(scope: AgencyScope, id: string): Promise<Delivery | null> {
    return this.findOne(scope, { _id: id });
  }

  ofCause(scope: AgencyScope, causeEventId: string): Promise<Delivery[]> {
    return this.find(scope, { causeEventId }, { sort: { createdAt: 1 } });
  }

  list(scope: AgencyScope, q: DeliveryQuery, limit: number, skip: number): Promise<Delivery[]> {
    return this.find(scope, this.filterOf(q), { sort: { createdAt: -1 }, limit, skip });
  }

  /** Every delivery of the period (for the per type/channel report), lightest fields only. */
  async summaryRows(scope: AgencyScope, q: DeliveryQuery) {
    return this.model
      .find(
        this.scoped(scope, this.filterOf(q)),
        { type: 1, channel: 1, state: 1, lastError: 1, failure: 1 },
        this.options(scope),
      )
      .limit(50_000)
      .lean<Pick<DeliveryDoc, 'type' | 'channel' | 'state' | 'lastError' | 'failure'>[]>()
      .exec();
  }

  /** Puts a delivered or failed notice back in the queue; null when it is not in the scope. */
  resend(scope: AgencyScope, id: string, now: Date): Promise<Delivery | null> {
    return this.findOneAndUpdate(
      scope,
      { _id: id, state: { $in: ['DELIVERED', 'FAILED'] } },
      {
        $set: {
          state: 'PENDING',
          nextAttemptAt: now,
          resent: true,
          roundAttempts: 0,
          failure: null,
          failedAt: null,
          leaseUntil: null,
          updatedAt: now,
        },
        $inc: { round: 1 },
      },
    );
  }

  private filterOf(q: DeliveryQuery): FilterQuery<DeliveryDoc> {
    return {
      ...(q.state ? { state: q.state } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(q.recipientEmployeeId ? { recipientEmployeeId: q.recipientEmployeeId } : {}),
      ...(q.from || q.to
        ? { createdAt: { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lt: q.to } : {}) } }
        : {}),
    };
  }
}
