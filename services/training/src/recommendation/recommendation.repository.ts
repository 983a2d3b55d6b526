import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery, UpdateQuery } from 'mongoose';
import {
  BatchedUpserts,
  isDuplicateKey,
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
  type OutboxEntry,
} from '@jenjang/persistence';
import {
  RecommendationSetSchema,
  type ItemStatus,
  type RecommendationSetDoc,
  type SetAppraisal,
  type SetAssessment,
} from './recommendation.schema';

export type RecommendationSet = Omit<RecommendationSetDoc, '_id' | 'outbox' | 'outboxLease'> & {
  id: string;
};

type Opening = Pick<RecommendationSetDoc, '_id' | 'employeeId' | 'unitId' | 'cause' | 'createdAt'>;

@Injectable()
export class RecommendationSetRepository extends TenantScopedRepository<
  RecommendationSetDoc,
  RecommendationSet
> {
  /** openWith's and publishWhole's upserts, batched, and the sets read back (issue 12). */
  private readonly batched: BatchedUpserts<RecommendationSetDoc, RecommendationSet>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const model = connection.model<RecommendationSetDoc>(
      'RecommendationSet',
      RecommendationSetSchema,
    );
    super(model);
    this.batched = new BatchedUpserts(model, (d) => this.toPlain(d));
  }

  protected toPlain({ _id, outbox: _o, outboxLease: _l, ...rest }: RecommendationSetDoc) {
    return { id: _id, ...rest };
  }

  private opening(o: Opening) {
    return {
      employeeId: o.employeeId,
      unitId: o.unitId,
      cause: o.cause,
      status: 'PENDING' as const,
      dueAt: null,
      focus: null,
      year: null,
      jpEarned: null,
      jpRequired: null,
      items: [],
      recommendedAt: null,
      createdAt: o.createdAt,
      outbox: [],
      outboxLease: null,
    };
  }

  /** Opens the set (once) and adds the appraisal facts while it is still pending. */
  withAppraisal(scope: AgencyScope, o: Opening, appraisal: SetAppraisal, dueAt: Date) {
    const { dueAt: _d, ...init } = this.opening(o);
    return this.openWith(scope, o._id, { ...init, assessment: null }, { appraisal, dueAt });
  }

  /** Opens the set (once) and adds the gaps assessment while it is still pending. */
  withAssessment(scope: AgencyScope, o: Opening, assessment: SetAssessment) {
    return this.openWith(scope, o._id, { ...this.opening(o), appraisal: null }, { assessment });
  }

  /**
   * One write on the event path: opens the set if it is new and sets `facts` while it is
   * PENDING, answering the set as it now is. A set published already (a late or redelivered
   * cause) is answered unchanged; a set opened at the same moment by the other cause (the
   * upsert's duplicate key) gets the facts by a second write. The upserts of the handlers
   * running at once go in one bulkWrite, and their sets are read back in one find (each was a
   * findAndModify of its own): the set read holds this write, and any other that came after it.
   */
  private async openWith(
    scope: AgencyScope,
    id: string,
    init: Partial<RecommendationSetDoc>,
    facts: Partial<RecommendationSetDoc>,
  ): Promise<RecommendationSet | null> {
    // _id, agencyId and status come from the filter on insert.
    const { status: _s, ...onInsert } = init;
    const pending = { _id: id, status: 'PENDING' as const };
    const filter = this.agencyFilter(scope, pending);
    try {
      return await this.batched.upsertAndGet(
        { ...filter, _id: id },
        { $setOnInsert: onInsert, $set: facts },
      );
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const joined = await this.writeAndGet(scope, pending, { $set: facts });
      return joined ?? this.batched.one(filter.agencyId, id);
    }
  }

  /**
   * The joining write goes to the driver, as the opening one: it stages no event, and
   * mongoose's casting, cloning and hooks cost CPU on every event (issue 12). Scoped like every
   * other query.
   */
  private async writeAndGet(
    scope: AgencyScope,
    filter: FilterQuery<RecommendationSetDoc>,
    update: UpdateQuery<RecommendationSetDoc>,
  ): Promise<RecommendationSet | null> {
    const doc = await this.model.collection.findOneAndUpdate(
      this.scoped(scope, filter) as Record<string, unknown>,
      update,
      { returnDocument: 'after', ignoreUndefined: true },
    );
    return doc ? this.toPlain(doc as unknown as RecommendationSetDoc) : null;
  }

  /**
   * PENDING → PUBLISHED with the items and the recommended event, in one write guarded by the
   * status: whoever computes it second (a redelivery, the grace sweep) changes nothing.
   */
  async publish(
    scope: AgencyScope,
    id: string,
    set: Partial<RecommendationSetDoc>,
    event: OutboxEntry,
    only: { withoutAssessment?: boolean } = {},
  ): Promise<boolean> {
    // withoutAssessment: published from the appraisal alone only if no gaps joined it meanwhile
    // (the gaps' own handler publishes it with them).
    const guard = only.withoutAssessment ? { assessment: null } : {};
    const res = await this.updateOne(
      scope,
      { _id: id, status: 'PENDING', ...guard },
      { $set: { ...set, status: 'PUBLISHED', dueAt: null }, $push: { outbox: event } },
    );
    return res.modified === 1;
  }

  /**
   * Publishes a set whose facts the caller has in full (the gaps assessed from an appraisal the
   * person record holds), in one write by _id, whether or not the appraisal opened it yet: a
   * PENDING set is published, a missing one is inserted published. A set published or
   * superseded already is left as it is (the upsert's duplicate key): false. Through the driver,
   * in one bulkWrite with the other handlers' (every field is named, with its stored type; the
   * relay is told of the staged event after the batch); a PENDING set it matches is always
   * changed (its status), so a write not refused published the set.
   */
  async publishWhole(
    scope: AgencyScope,
    o: Opening,
    set: Partial<RecommendationSetDoc>,
    event: OutboxEntry,
  ): Promise<boolean> {
    const { employeeId, unitId, cause, createdAt } = o;
    const filter = this.agencyFilter(scope, { _id: o._id, status: 'PENDING' });
    try {
      await this.batched.write(
        {
          updateOne: {
            filter,
            update: {
              $setOnInsert: { employeeId, unitId, cause, createdAt, outboxLease: null },
              $set: { ...set, status: 'PUBLISHED', dueAt: null },
              $push: { outbox: event },
            },
            upsert: true,
          },
        },
        { id: o._id },
      );
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** Sets waiting for the gaps past their grace period (the sweep publishes them). */
  due(now: Date, limit: number): Promise<RecommendationSet[]> {
    return this.find(
      provinceScope('recommendation sweep: appraisals whose gaps did not arrive in time'),
      { status: 'PENDING', dueAt: { $lte: now } },
      { sort: { dueAt: 1 }, limit },
    );
  }

  byId(scope: AgencyScope, id: string): Promise<RecommendationSet | null> {
    return this.findOne(scope, { _id: id, status: 'PUBLISHED' });
  }

  list(scope: AgencyScope, employeeId?: string): Promise<RecommendationSet[]> {
    return this.find(
      scope,
      { status: 'PUBLISHED', ...(employeeId ? { employeeId } : {}) },
      { sort: { recommendedAt: -1 }, limit: 500 },
    );
  }

  byItem(scope: AgencyScope, recommendationId: string): Promise<RecommendationSet | null> {
    return this.findOne(scope, { 'items.recommendationId': recommendationId });
  }

  /** Decides an OPEN item: guarded by its status so a repeat changes nothing. */
  async decide(
    scope: AgencyScope,
    setId: string,
    items: RecommendationSetDoc['items'],
    expected: string,
    status: ItemStatus,
  ): Promise<boolean> {
    const res = await this.updateOne(
      scope,
      { _id: setId, items: { $elemMatch: { recommendationId: expected, status: 'OPEN' } } },
      { $set: { items } },
    );
    return res.modified === 1 && status !== 'OPEN';
  }

  /** These sets, whatever their status (by _id). */
  byIds(scope: AgencyScope, ids: readonly string[]): Promise<RecommendationSet[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.find(scope, { _id: { $in: [...ids] } }, { limit: ids.length });
  }

  /** A set still waiting is never published once its appraisal is corrected. */
  async supersede(scope: AgencyScope, id: string): Promise<boolean> {
    const res = await this.updateOne(
      scope,
      { _id: id, status: 'PENDING' },
      { $set: { status: 'SUPERSEDED', dueAt: null } },
    );
    return res.modified === 1;
  }

  /** Every published set with an OPEN item past its expiry (the sweep expires them). */
  withExpired(now: Date, limit: number): Promise<RecommendationSet[]> {
    return this.find(
      provinceScope('recommendation sweep: expire open recommendations'),
      { status: 'PUBLISHED', items: { $elemMatch: { status: 'OPEN', expiresAt: { $lte: now } } } },
      { limit },
    );
  }
}
