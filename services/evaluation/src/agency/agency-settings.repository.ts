import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { AgencySettingsStore, MONGO_CONNECTION } from '@jenjang/persistence';
import { toStoredAgencySettings, type StoredAgencySettings } from './agency.mapper';
import { AgencySettingsSchema, type AgencySettingsDoc } from './agency-settings.schema';

export type AgencySettingsChange = Pick<
  AgencySettingsDoc,
  'periodKinds' | 'objectionWindowDays' | 'curve'
>;

/** The agency's evaluation settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class AgencySettingsRepository extends AgencySettingsStore<
  AgencySettingsDoc,
  StoredAgencySettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AgencySettingsDoc>('AgencySettings', AgencySettingsSchema));
  }

  protected toPlain(doc: AgencySettingsDoc): StoredAgencySettings {
    return toStoredAgencySettings(doc);
  }
}
