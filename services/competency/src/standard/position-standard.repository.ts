import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  cacheKey,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  provinceScope,
  TtlCache,
  TenantScopedRepository,
  type AgencyScope,
} from '@jenjang/persistence';
import {
  PositionStandardSchema,
  type PositionStandardDoc,
  type StandardVersionDoc,
} from './position-standard.schema';

export type StoredStandard = PositionStandardDoc;

@Injectable()
export class PositionStandardRepository extends TenantScopedRepository<
  PositionStandardDoc,
  StoredStandard
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PositionStandardDoc>('PositionStandard', PositionStandardSchema));
  }

  private readonly cache = new TtlCache<StoredStandard | null>(CONFIG_CACHE_MS);

  protected toPlain(doc: PositionStandardDoc): StoredStandard {
    return doc;
  }

  /** `get` for the event path: served from memory for CONFIG_CACHE_MS; a save here clears it. */
  cached(scope: AgencyScope, positionId: string): Promise<StoredStandard | null> {
    return this.cache.get(cacheKey(scope, positionId), () => this.get(scope, positionId));
  }

  get(scope: AgencyScope, positionId: string): Promise<StoredStandard | null> {
    return this.findOne(scope, { _id: positionId });
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

  /** The first version; fails with DuplicateKeyError when the position exists already. */
  create(
    scope: AgencyScope,
    positionId: string,
    first: StandardVersionDoc,
  ): Promise<StoredStandard> {
    this.cache.clear(cacheKey(scope, positionId));
    return this.insert(scope, {
      _id: positionId,
      current: first,
      history: [first],
      revision: 1,
      createdAt: first.validFrom,
      updatedAt: first.validFrom,
    });
  }

  /** A new version on top of `expectedRevision`; false when someone else changed it meanwhile. */
  async addVersion(
    scope: AgencyScope,
    positionId: string,
    expectedRevision: number,
    next: StandardVersionDoc,
  ): Promise<boolean> {
    this.cache.clear(cacheKey(scope, positionId));
    const res = await this.updateOne(
      scope,
      { _id: positionId, revision: expectedRevision },
      {
        $set: { current: next, updatedAt: next.validFrom },
        $push: { history: next },
        $inc: { revision: 1 },
      },
    );
    return res.matched === 1;
  }
}
