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

interface TalentSettingsDoc extends AgencySettingsFields {
  cutoffs: NineBoxCutoffs;
  successionBoxes: number[];
}

const TalentSettingsSchema = new Schema<TalentSettingsDoc>(
  {
    cutoffs: { type: Schema.Types.Mixed, required: true },
    successionBoxes: { type: [Number], required: true },
    ...agencySettingsSchemaFields,
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

/** The agency's talent settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class TalentSettingsRepository extends AgencySettingsStore<
  TalentSettingsDoc,
  TalentSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<TalentSettingsDoc>('TalentSettings', TalentSettingsSchema));
  }

  protected toPlain(doc: TalentSettingsDoc): TalentSettings {
    const { agencyId, cutoffs, successionBoxes, revision } = doc;
    return { agencyId, cutoffs, successionBoxes, configured: true, revision };
  }

  /**
   * The settings in force, read for every appraisal's 9-box: from memory for CONFIG_CACHE_MS; a
   * save in this process clears it (another replica's save is seen within the TTL).
   */
  async of(agencyId: string): Promise<TalentSettings> {
    return (await this.cached(agencyScope(agencyId))) ?? defaultSettings(agencyId);
  }
}
