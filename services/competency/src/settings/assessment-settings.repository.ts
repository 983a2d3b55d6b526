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
import { AssessmentSettingsSchema, type AssessmentSettingsDoc } from './assessment-settings.schema';
import type { AssessmentSettings } from './domain/assessment-settings';

function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('assessment settings need an agency scope');
  return scope.agencyId;
}

@Injectable()
export class AssessmentSettingsRepository extends TenantScopedRepository<
  AssessmentSettingsDoc,
  AssessmentSettingsDoc
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AssessmentSettingsDoc>('AssessmentSettings', AssessmentSettingsSchema));
  }

  private readonly cache = new TtlCache<AssessmentSettingsDoc | null>(CONFIG_CACHE_MS);

  protected toPlain(doc: AssessmentSettingsDoc): AssessmentSettingsDoc {
    return doc;
  }

  /** `get` for the event path: served from memory for CONFIG_CACHE_MS; a save here clears it. */
  cached(scope: AgencyScope): Promise<AssessmentSettingsDoc | null> {
    return this.cache.get(cacheKey(scope), () => this.get(scope));
  }

  get(scope: AgencyScope): Promise<AssessmentSettingsDoc | null> {
    return this.findOne(scope, { _id: agencyOf(scope) });
  }

  /** The first save; DuplicateKeyError when another save won. */
  create(
    scope: AgencyScope,
    settings: AssessmentSettings,
    by: string,
    defaults: AssessmentSettings,
  ) {
    const now = new Date();
    this.cache.clear(cacheKey(scope));
    return this.insert(scope, {
      _id: agencyOf(scope),
      settings,
      revision: 1,
      history: [{ settings: defaults, until: now, by: 'default' }],
      updatedAt: now,
      updatedBy: by,
    });
  }

  async replace(
    scope: AgencyScope,
    current: AssessmentSettingsDoc,
    settings: AssessmentSettings,
    by: string,
  ): Promise<boolean> {
    const now = new Date();
    this.cache.clear(cacheKey(scope));
    const res = await this.updateOne(
      scope,
      { _id: agencyOf(scope), revision: current.revision },
      {
        $set: { settings, updatedAt: now, updatedBy: by },
        $push: { history: { settings: current.settings, until: now, by: current.updatedBy } },
        $inc: { revision: 1 },
      },
    );
    return res.matched === 1;
  }
}
