import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { RecognitionKind, RecognitionLevel } from './domain/recognition';

export const RECOGNITION_COLLECTION = 'recognitions';

/** A recorded achievement of a person: an award (penghargaan) or an innovation. */
export interface RecognitionDoc {
  _id: string;
  agencyId: string;
  employeeId: string;
  kind: RecognitionKind;
  title: string;
  level: RecognitionLevel;
  /** YYYY-MM-DD */
  awardedOn: string;
  /** Who granted it (e.g. "Gubernur DIY", "KemenPANRB"). */
  grantedBy: string | null;
  decreeNumber: string | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const RecognitionSchema = new Schema<RecognitionDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    level: { type: String, required: true },
    awardedOn: { type: String, required: true },
    grantedBy: { type: String, default: null },
    decreeNumber: { type: String, default: null },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: RECOGNITION_COLLECTION, versionKey: false },
);
RecognitionSchema.index({ agencyId: 1, employeeId: 1, awardedOn: -1 });
RecognitionSchema.plugin(tenantGuardPlugin);
