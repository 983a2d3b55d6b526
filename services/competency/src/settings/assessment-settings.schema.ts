import { Schema } from 'mongoose';
import {
  agencySettingsSchemaFields,
  tenantGuardPlugin,
  type AgencySettingsFields,
} from '@jenjang/persistence';
import type { AssessmentSettings } from './domain/assessment-settings';

export const SETTINGS_COLLECTION = 'assessment-settings';

/** One document per agency (`_id` = agency id); earlier settings are in the audit trail. */
export interface AssessmentSettingsDoc extends AgencySettingsFields {
  settings: AssessmentSettings;
}

export const AssessmentSettingsSchema = new Schema<AssessmentSettingsDoc>(
  {
    settings: { type: Schema.Types.Mixed, required: true },
    ...agencySettingsSchemaFields,
  },
  { collection: SETTINGS_COLLECTION, versionKey: false, minimize: false },
);
AssessmentSettingsSchema.plugin(tenantGuardPlugin);
