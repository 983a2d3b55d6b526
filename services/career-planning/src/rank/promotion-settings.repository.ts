import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import {
  auditSchemaFields,
  MONGO_CONNECTION,
  revisionSchemaFields,
  RevisionConflictError,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import {
  DEFAULT_PROMOTION_SETTINGS,
  type PromotionSettingsValues,
} from './domain/promotion-settings';

/** The agency's kenaikan pangkat periods and thresholds and its merit transparency. */
export interface PromotionSettings extends PromotionSettingsValues {
  agencyId: string;
  /** False while the defaults apply. */
  configured: boolean;
  revision: number;
}

interface PromotionSettingsDoc extends PromotionSettingsValues {
  _id: string;
  agencyId: string;
  revision: number;
  updatedAt: Date;
  audit: AuditEntry[];
}

const PromotionSettingsSchema = new Schema<PromotionSettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    periods: { type: Schema.Types.Mixed, required: true },
    kinds: { type: Schema.Types.Mixed, required: true },
    transparency: { type: Schema.Types.Mixed, required: true },
    ...revisionSchemaFields,
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: 'promotion_settings', versionKey: false },
);
PromotionSettingsSchema.plugin(tenantGuardPlugin);

@Injectable()
export class PromotionSettingsRepository {
  private readonly model: Model<PromotionSettingsDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<PromotionSettingsDoc>(
      'PromotionSettings',
      PromotionSettingsSchema,
    );
  }

  async of(agencyId: string): Promise<PromotionSettings> {
    const doc = await this.model
      .findOne({ _id: agencyId, agencyId })
      .lean<PromotionSettingsDoc>()
      .exec();
    if (!doc) {
      return {
        agencyId,
        ...structuredClone(DEFAULT_PROMOTION_SETTINGS),
        configured: false,
        revision: 0,
      };
    }
    return {
      agencyId,
      periods: doc.periods,
      kinds: doc.kinds,
      transparency: doc.transparency,
      configured: true,
      revision: doc.revision,
    };
  }

  /** Saves when the stored revision is still `expected` (0: nothing saved yet). */
  async save(
    agencyId: string,
    expected: number,
    values: PromotionSettingsValues,
    entry: AuditEntry,
  ): Promise<PromotionSettings> {
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
      if (stale) throw new RevisionConflictError(expected, (await this.of(agencyId)).revision);
      throw error;
    }
    return this.of(agencyId);
  }
}
