import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { PositionRef } from '../shared/domain/position-ref';

export const ROTATION_COLLECTION = 'rotation_proposals';

export type RotationStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

export interface RotationDoc {
  _id: string;
  agencyId: string;
  employeeId: string;
  box: number;
  from: PositionRef & { unitId: string };
  to: PositionRef & { unitId: string };
  /** Competency gaps of the person the new post develops. */
  closes: string[];
  status: RotationStatus;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  revision: number;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const RotationSchema = new Schema<RotationDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    box: { type: Number, required: true },
    from: { type: Schema.Types.Mixed, required: true },
    to: { type: Schema.Types.Mixed, required: true },
    closes: { type: [String], default: [] },
    status: { type: String, required: true },
    proposedAt: { type: Date, required: true },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    ...revisionSchemaFields,
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: ROTATION_COLLECTION, versionKey: false },
);
RotationSchema.index({ agencyId: 1, status: 1, employeeId: 1 });
RotationSchema.plugin(tenantGuardPlugin);
