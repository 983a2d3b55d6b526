import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { AssessmentSettings } from './domain/assessment-settings';

export const SETTINGS_COLLECTION = 'assessment-settings';

export interface AssessmentSettingsDoc {
  /** The agency id: one document per agency. */
  _id: string;
  agencyId: string;
  settings: AssessmentSettings;
  revision: number;
  /** Earlier settings, newest last, with when they stopped applying. */
  history: { settings: AssessmentSettings; until: Date; by: string }[];
  updatedAt: Date;
  updatedBy: string;
}

export const AssessmentSettingsSchema = new Schema<AssessmentSettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    settings: { type: Schema.Types.Mixed, required: true },
    revision: { type: Number, required: true },
    history: { type: Schema.Types.Mixed, default: [] },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: SETTINGS_COLLECTION, versionKey: false, minimize: false },
);
AssessmentSettingsSchema.plugin(tenantGuardPlugin);
