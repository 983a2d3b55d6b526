import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { Schema } from 'mongoose';
import {
  agencyScope,
  AgencySettingsStore,
  auditSchemaFields,
  MONGO_CONNECTION,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';

export const TRAINING_SETTINGS_COLLECTION = 'training_settings';

/** Per agency: the yearly JP minimum and whether enrollment needs the superior's approval. */
export interface TrainingSettings {
  agencyId: string;
  /** null: the configured default (JP_MIN_PER_YEAR) applies. */
  jpRequired: number | null;
  /** The yearly JP figure for PPPK; null: none (PPPK_JP_DEFAULT). */
  jpRequiredPppk: number | null;
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
    jpRequiredPppk: { type: Number, default: null },
    approvalRequired: { type: Boolean, default: false },
    ...revisionSchemaFields,
    createdAt: { type: Date },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: TRAINING_SETTINGS_COLLECTION, versionKey: false },
);
SettingsSchema.plugin(tenantGuardPlugin);

/** The agency's training settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class TrainingSettingsRepository extends AgencySettingsStore<
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
      jpRequiredPppk: d.jpRequiredPppk ?? null,
      approvalRequired: d.approvalRequired ?? false,
      revision: d.revision ?? 0,
      updatedAt: d.updatedAt,
    };
  }

  /**
   * The settings in force (the defaults while the agency has saved none). Read for every
   * recommendation set and JP summary: from memory for CONFIG_CACHE_MS; a save here clears it.
   */
  async of(agencyId: string): Promise<TrainingSettings> {
    const stored = await this.cached(agencyScope(agencyId));
    if (!stored)
      return { agencyId, jpRequired: null, jpRequiredPppk: null, approvalRequired: false };
    const { revision: _r, updatedAt: _u, ...settings } = stored;
    return settings;
  }
}
