import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { Schema } from 'mongoose';
import {
  cacheKey,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TtlCache,
  agencyScope,
  auditSchemaFields,
  revisionSchemaFields,
  TenantScopedRepository,
  tenantGuardPlugin,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import type { SettingsValues } from './domain/settings';

export const TRAINING_SETTINGS_COLLECTION = 'training_settings';

/** Per agency: the yearly JP minimum and whether enrollment needs the superior's approval. */
export interface TrainingSettings {
  agencyId: string;
  /** null: the configured default (JP_MIN_PER_YEAR) applies. */
  jpRequired: number | null;
  approvalRequired: boolean;
}

export interface StoredTrainingSettings extends TrainingSettings {
  revision: number;
  updatedAt: Date;
}

interface SettingsDoc extends TrainingSettings {
  _id: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

const SettingsSchema = new Schema<SettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    jpRequired: { type: Number, default: null },
    approvalRequired: { type: Boolean, default: false },
    ...revisionSchemaFields,
    createdAt: { type: Date },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: TRAINING_SETTINGS_COLLECTION, versionKey: false },
);
SettingsSchema.plugin(tenantGuardPlugin);

// The document's id is the agency's id, so an agency scope names exactly one document.
function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('training settings need an agency scope');
  return scope.agencyId;
}

@Injectable()
export class TrainingSettingsRepository extends TenantScopedRepository<
  SettingsDoc,
  StoredTrainingSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SettingsDoc>('TrainingSettings', SettingsSchema));
  }

  protected toPlain(d: SettingsDoc): StoredTrainingSettings {
    return {
      agencyId: d.agencyId,
      jpRequired: d.jpRequired ?? null,
      approvalRequired: d.approvalRequired ?? false,
      revision: d.revision ?? 0,
      updatedAt: d.updatedAt,
    };
  }

  private readonly cache = new TtlCache<StoredTrainingSettings | null>(CONFIG_CACHE_MS);

  /**
   * The settings in force (the defaults while the agency has saved none). Read for every
   * recommendation set and JP summary: from memory for CONFIG_CACHE_MS; a save here clears it.
   */
  async of(agencyId: string): Promise<TrainingSettings> {
    const scope = agencyScope(agencyId);
    const stored = await this.cache.get(cacheKey(scope), () => this.get(scope));
    if (!stored) return { agencyId, jpRequired: null, approvalRequired: false };
    const { revision: _r, updatedAt: _u, ...settings } = stored;
    return settings;
  }

  get(scope: AgencyScope): Promise<StoredTrainingSettings | null> {
    return this.findOne(scope, { _id: agencyOf(scope) });
  }

  /** The first save; fails with a duplicate key (11000) if another one won the race. */
  create(
    scope: AgencyScope,
    values: SettingsValues,
    audit: AuditEntry,
  ): Promise<StoredTrainingSettings> {
    this.cache.clear(cacheKey(scope));
    return this.insert(scope, {
      _id: agencyOf(scope),
      ...values,
      revision: 1,
      createdAt: audit.at,
      updatedAt: audit.at,
      audit: [audit],
    });
  }

  /** Throws RevisionConflictError when the settings moved on since `expectedRevision`. */
  change(
    scope: AgencyScope,
    expectedRevision: number,
    values: SettingsValues,
    audit: AuditEntry,
  ): Promise<StoredTrainingSettings> {
    this.cache.clear(cacheKey(scope));
    return this.changeAudited(
      scope,
      { _id: agencyOf(scope) },
      expectedRevision,
      { $set: values },
      audit,
    );
  }

  async auditOf(scope: AgencyScope): Promise<AuditEntry[]> {
    return (await this.auditTrail(scope, { _id: agencyOf(scope) })) ?? [];
  }
}
