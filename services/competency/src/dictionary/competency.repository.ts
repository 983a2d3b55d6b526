import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  cacheKey,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import type { CompetencyEntry } from './domain/competency';
import {
  CompetencyVersionSchema,
  competencyVersionId,
  type CompetencyVersionDoc,
} from './competency.schema';

export interface StoredCompetency extends CompetencyEntry {
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

@Injectable()
export class CompetencyRepository extends TenantScopedRepository<
  CompetencyVersionDoc,
  StoredCompetency
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<CompetencyVersionDoc>('CompetencyVersion', CompetencyVersionSchema));
  }

  protected toPlain(doc: CompetencyVersionDoc): StoredCompetency {
    const { _id: _i, ...entry } = doc;
    return entry;
  }

  /** Every version of every technical competency of the agency, oldest first per code. */
  all(scope: AgencyScope): Promise<StoredCompetency[]> {
    return this.find(scope, {}, { sort: { code: 1, version: 1 } });
  }

  private readonly cache = new TtlCache<StoredCompetency[]>(CONFIG_CACHE_MS);

  /** `all` for the event path: served from memory for CONFIG_CACHE_MS; an add here clears it. */
  cachedAll(scope: AgencyScope): Promise<StoredCompetency[]> {
    return this.cache.get(cacheKey(scope), () => this.all(scope));
  }

  history(scope: AgencyScope, code: string): Promise<StoredCompetency[]> {
    return this.find(scope, { code }, { sort: { version: 1 } });
  }

  /** Adds a version; DuplicateKeyError when that version exists already (a concurrent edit). */
  add(scope: AgencyScope, entry: CompetencyEntry, by: string): Promise<StoredCompetency> {
    if (scope.kind !== 'agency') throw new Error('a technical competency needs an agency scope');
    this.cache.clear(cacheKey(scope));
    return this.insert(scope, {
      ...entry,
      agencyId: scope.agencyId,
      _id: competencyVersionId(scope.agencyId, entry.code, entry.version),
      recordedAt: new Date(),
      recordedBy: by,
    });
  }
}
