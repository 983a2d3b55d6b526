import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AuditedAggregateRepository,
  cacheKey,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  provinceScope,
  TtlCache,
  type AgencyScope,
  type AggregateChange,
  type AuditEntry,
  type NewAggregate,
  type OutboxEntry,
} from '@jenjang/persistence';
import { PositionStandardSchema, type PositionStandardDoc } from './position-standard.schema';

/** A standard as the API answers it: the audit trail stays in the store. */
export type StoredStandard = Omit<PositionStandardDoc, 'audit'>;

/** One document per position (`_id` = the jabatan id), revision-guarded and audited. */
@Injectable()
export class PositionStandardRepository extends AuditedAggregateRepository<
  PositionStandardDoc,
  StoredStandard
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PositionStandardDoc>('PositionStandard', PositionStandardSchema));
  }

  private readonly cache = new TtlCache<StoredStandard | null>(CONFIG_CACHE_MS);

  protected toPlain({ audit: _audit, ...standard }: PositionStandardDoc): StoredStandard {
    return standard;
  }

  /** `byId` for the event path: served from memory for CONFIG_CACHE_MS; a save here clears it. */
  cached(scope: AgencyScope, positionId: string): Promise<StoredStandard | null> {
    return this.cache.get(cacheKey(scope, positionId), () => this.byId(scope, positionId));
  }

  list(scope: AgencyScope): Promise<StoredStandard[]> {
    return this.find(scope, {}, { sort: { _id: 1 } });
  }

  /** Which agency owns a position id, whatever the caller's agency (the ownership check). */
  async ownerOf(positionId: string): Promise<string | null> {
    const found = await this.findOne(provinceScope('competency: which agency owns a position id'), {
      _id: positionId,
    });
    return found?.agencyId ?? null;
  }

  override async create(
    scope: AgencyScope,
    doc: NewAggregate<PositionStandardDoc>,
    events: OutboxEntry[] = [],
  ): Promise<StoredStandard> {
    try {
      return await super.create(scope, doc, events);
    } finally {
      this.cache.clear(cacheKey(scope, doc._id));
    }
  }

  override async change(
    scope: AgencyScope,
    positionId: string,
    expectedRevision: number,
    change: AggregateChange<PositionStandardDoc>,
    audit: AuditEntry,
    events: OutboxEntry[] = [],
  ): Promise<StoredStandard> {
    try {
      return await super.change(scope, positionId, expectedRevision, change, audit, events);
    } finally {
      this.cache.clear(cacheKey(scope, positionId));
    }
  }
}
