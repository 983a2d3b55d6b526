import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { AgencySettingsStore, MONGO_CONNECTION } from '@jenjang/persistence';
import { AssessmentSettingsSchema, type AssessmentSettingsDoc } from './assessment-settings.schema';
import type { AssessmentSettings } from './domain/assessment-settings';

export interface StoredAssessmentSettings {
  settings: AssessmentSettings;
  revision: number;
  updatedAt: Date;
}

/** The agency's assessment settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class AssessmentSettingsRepository extends AgencySettingsStore<
  AssessmentSettingsDoc,
  StoredAssessmentSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AssessmentSettingsDoc>('AssessmentSettings', AssessmentSettingsSchema));
  }

  protected toPlain({ settings, revision, updatedAt }: AssessmentSettingsDoc) {
    return { settings, revision, updatedAt };
  }
}
