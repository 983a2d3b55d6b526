import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { Golongan } from './domain/golongan';

export const RANK_COLLECTION = 'rank_records';

export interface RankStep {
  golongan: Golongan;
  /** TMT (effective date), YYYY-MM-DD. */
  tmt: string;
  decreeNumber: string | null;
  source: 'API' | 'IMPORT';
}

export interface SanctionRecord {
  id: string;
  /** Tingkat hukuman disiplin (PP 94/2021): ringan, sedang, berat. */
  level: 'RINGAN' | 'SEDANG' | 'BERAT';
  from: string;
  until: string | null;
  decreeNumber: string | null;
}

/** One person's pangkat/golongan in an agency: the current one, its history, angka kredit, sanctions. */
export interface RankRecordDoc {
  _id: string;
  agencyId: string;
  employeeId: string;
  current: RankStep;
  /** Every step on record, newest TMT first. */
  history: RankStep[];
  /** Angka kredit from the latest PAK (imported) and the figure the next rank requires. */
  angkaKredit: { value: number; required: number | null; asOf: string | null } | null;
  sanctions: SanctionRecord[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const RankRecordSchema = new Schema<RankRecordDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    current: { type: Schema.Types.Mixed, required: true },
    history: { type: Schema.Types.Mixed, default: [] },
    angkaKredit: { type: Schema.Types.Mixed, default: null },
    sanctions: { type: Schema.Types.Mixed, default: [] },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: RANK_COLLECTION, versionKey: false, minimize: false },
);
RankRecordSchema.index({ agencyId: 1, employeeId: 1 }, { unique: true });
RankRecordSchema.plugin(tenantGuardPlugin);
