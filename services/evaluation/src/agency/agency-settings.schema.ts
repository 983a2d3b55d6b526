import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { PredikatCurve } from './domain/curve';
import type { PeriodKind } from './domain/agency-settings';

export const AGENCY_SETTINGS_COLLECTION = 'agency_settings';

/** One per agency, `_id` = agencyId; absent until the agency saves its own settings. */
export interface AgencySettingsDoc {
  _id: string;
  agencyId: string;
  periodKinds: PeriodKind[];
  /** Keberatan (objection) window in days after the predikat is set. */
  objectionWindowDays: number;
  curve: PredikatCurve;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const AgencySettingsSchema = new Schema<AgencySettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    periodKinds: { type: [String], required: true },
    objectionWindowDays: { type: Number, required: true },
    curve: { type: Schema.Types.Mixed, required: true },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  // minimize: false keeps `{ BAIK: {} }` (no bound for that organisation predikat) as it was sent.
  { collection: AGENCY_SETTINGS_COLLECTION, versionKey: false, minimize: false },
);
AgencySettingsSchema.plugin(tenantGuardPlugin);
