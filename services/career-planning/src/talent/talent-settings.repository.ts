import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import {
  auditSchemaFields,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TtlCache,
  revisionSchemaFields,
  RevisionConflictError,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import { DEFAULT_CUTOFFS, type NineBoxCutoffs } from './domain/nine-box';
import { DEFAULT_SUCCESSION_BOXES } from './domain/recommended-action';

/** The agency's talent settings: 9-box cut-offs and the boxes that enter the succession pool. */
export interface TalentSettings {
  agencyId: string;
  cutoffs: NineBoxCutoffs;
  successionBoxes: number[];
  /** False while the defaults apply. */
  configured: boolean;
  revision: number;
}

interface TalentSettingsDoc {
  _id: string;
  agencyId: string;
  cutoffs: NineBoxCutoffs;
  successionBoxes: number[];
  revision: number;
  updatedAt: Date;
  audit: AuditEntry[];
}

const TalentSettingsSchema = new Schema<TalentSettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    cutoffs: { type: Schema.Types.Mixed, required: true },
    successionBoxes: { type: [Number], required: true },
    ...revisionSchemaFields,
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: 'talent_settings', versionKey: false },
);
TalentSettingsSchema.plugin(tenantGuardPlugin);

export const defaultSettings = (agencyId: string): TalentSettings => ({
  agencyId,
  cutoffs: DEFAULT_CUTOFFS,
  successionBoxes: [...DEFAULT_SUCCESSION_BOXES],
  configured: false,
  revision: 0,
});

@Injectable()
export class TalentSettingsRepository {
  private readonly model: Model<TalentSettingsDoc>;
  private readonly cache = new TtlCache<TalentSettings>(CONFIG_CACHE_MS);

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<TalentSettingsDoc>('TalentSettings', TalentSettingsSchema);
  }

  /**
   * The settings in force, read for every appraisal's 9-box: from memory for CONFIG_CACHE_MS; a
   * save in this process clears it (another replica's save is seen within the TTL).
   */
  of(agencyId: string): Promise<TalentSettings> {
    return this.cache.get(`${agencyId}|`, () => this.read(agencyId));
  }

  private async read(agencyId: string): Promise<TalentSettings> {
    const doc = await this.model
      .findOne({ _id: agencyId, agencyId })
      .lean<TalentSettingsDoc>()
      .exec();
    return doc
      ? {
          agencyId,
          cutoffs: doc.cutoffs,
          successionBoxes: doc.successionBoxes,
          configured: true,
          revision: doc.revision,
        }
      : defaultSettings(agencyId);
  }

  /** Saves when the stored revision is still `expected` (0: nothing saved yet). */
  async save(
    agencyId: string,
    expected: number,
    values: Pick<TalentSettings, 'cutoffs' | 'successionBoxes'>,
    entry: AuditEntry,
  ): Promise<TalentSettings> {
    this.cache.clear(`${agencyId}|`);
    const update = {
      $set: { ...values, updatedAt: entry.at },
      $inc: { revision: 1 },
      $push: { audit: entry },
    };
    try {
      const res = await this.model
        .updateOne({ _id: agencyId, agencyId, revision: expected }, update, {
          upsert: expected === 0,
        })
        .exec();
      if (res.matchedCount + res.upsertedCount === 0) throw new Error('stale');
    } catch (error) {
      const stale =
        (error as Error).message === 'stale' || (error as { code?: number }).code === 11000;
      if (stale) throw new RevisionConflictError(expected, (await this.read(agencyId)).revision);
      throw error;
    }
    this.cache.clear(`${agencyId}|`);
    return this.of(agencyId);
  }
}
