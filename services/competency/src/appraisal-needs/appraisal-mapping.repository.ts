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
import type { AppraisalCompetencyMapping } from './domain/appraisal-mapping';
import { AppraisalMappingSchema, type AppraisalMappingDoc } from './appraisal-mapping.schema';

function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('a mapping needs an agency scope');
  return scope.agencyId;
}

@Injectable()
export class AppraisalMappingRepository extends TenantScopedRepository<
  AppraisalMappingDoc,
  AppraisalMappingDoc
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AppraisalMappingDoc>('AppraisalMapping', AppraisalMappingSchema));
  }

  private readonly cache = new TtlCache<AppraisalMappingDoc | null>(CONFIG_CACHE_MS);

  protected toPlain(doc: AppraisalMappingDoc): AppraisalMappingDoc {
    return doc;
  }

  /** `get` for the event path: served from memory for CONFIG_CACHE_MS; a save here clears it. */
  cached(scope: AgencyScope): Promise<AppraisalMappingDoc | null> {
    return this.cache.get(cacheKey(scope), () => this.get(scope));
  }

  get(scope: AgencyScope): Promise<AppraisalMappingDoc | null> {
    return this.findOne(scope, { _id: agencyOf(scope) });
  }

  /** The first saved mapping; DuplicateKeyError when another save won. */
  create(
    scope: AgencyScope,
    mapping: AppraisalCompetencyMapping,
    by: string,
    previous: AppraisalCompetencyMapping,
  ) {
    const now = new Date();
    this.cache.clear(cacheKey(scope));
    return this.insert(scope, {
      _id: agencyOf(scope),
      mapping,
      revision: 1,
      history: [{ mapping: previous, until: now, by: 'default' }],
      updatedAt: now,
      updatedBy: by,
    });
  }

  async replace(
    scope: AgencyScope,
    expectedRevision: number,
    current: AppraisalMappingDoc,
    mapping: AppraisalCompetencyMapping,
    by: string,
  ): Promise<boolean> {
    const now = new Date();
    this.cache.clear(cacheKey(scope));
    const res = await this.updateOne(
      scope,
      { _id: agencyOf(scope), revision: expectedRevision },
      {
        $set: { mapping, updatedAt: now, updatedBy: by },
        $push: { history: { mapping: current.mapping, until: now, by: current.updatedBy } },
        $inc: { revision: 1 },
      },
    );
    return res.matched === 1;
  }
}
