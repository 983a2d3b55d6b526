import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { Recipient } from './domain/recipient';

export interface RecipientDoc extends Recipient {
  /** `<agencyId>:<employeeId>`. */
  _id: string;
  /** Where the entry last came from: API, CSV import or an employee-placed event. */
  source: 'API' | 'IMPORT' | 'EVENT';
  /** Employee-placed events already applied (idempotency on the event id). */
  appliedEvents: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const RecipientSchema = new Schema<RecipientDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    name: { type: String, default: null },
    email: { type: String, default: null },
    phone: { type: String, default: null },
    language: { type: String, required: true },
    timeZone: { type: String, required: true },
    unitId: { type: String, default: null },
    teams: { type: [String], default: [] },
    preferences: { type: Schema.Types.Mixed, default: [] },
    quietHours: { type: Schema.Types.Mixed, default: null },
    digestAt: { type: String, default: null },
    source: { type: String, required: true },
    appliedEvents: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'recipients', versionKey: false, minimize: false },
);
RecipientSchema.index({ agencyId: 1, employeeId: 1 }, { unique: true });
RecipientSchema.index({ agencyId: 1, teams: 1 });
RecipientSchema.plugin(tenantGuardPlugin);

export const recipientKey = (agencyId: string, employeeId: string): string =>
  `${agencyId}:${employeeId}`;
