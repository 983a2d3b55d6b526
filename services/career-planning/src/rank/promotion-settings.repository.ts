import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import {
  agencyScope,
  AgencySettingsStore,
  agencySettingsSchemaFields,
  MONGO_CONNECTION,
  tenantGuardPlugin,
  type AgencySettingsFields,
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

interface PromotionSettingsDoc extends PromotionSettingsValues, AgencySettingsFields {}

const PromotionSettingsSchema = new Schema<PromotionSettingsDoc>(
  {
    periods: { type: Schema.Types.Mixed, required: true },
    kinds: { type: Schema.Types.Mixed, required: true },
    transparency: { type: Schema.Types.Mixed, required: true },
    ...agencySettingsSchemaFields,
  },
  { collection: 'promotion_settings', versionKey: false },
);
PromotionSettingsSchema.plugin(tenantGuardPlugin);

/** The agency's promotion settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class PromotionSettingsRepository extends AgencySettingsStore<
  PromotionSettingsDoc,
  PromotionSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PromotionSettingsDoc>('PromotionSettings', PromotionSettingsSchema));
  }

  protected toPlain(doc: PromotionSettingsDoc): PromotionSettings {
    const { agencyId, periods, kinds, transparency, revision } = doc;
    return { agencyId, periods, kinds, transparency, configured: true, revision };
  }

  /** The settings in force: the agency's, or the defaults. */
  async of(agencyId: string): Promise<PromotionSettings> {
    return (
      (await this.get(agencyScope(agencyId))) ?? {
        agencyId,
        ...structuredClone(DEFAULT_PROMOTION_SETTINGS),
        configured: false,
        revision: 0,
      }
    );
  }
}
