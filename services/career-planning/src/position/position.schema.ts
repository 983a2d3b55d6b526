import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { PositionGroup } from '../shared/domain/position-ref';

export const POSITION_COLLECTION = 'positions';

/** A jabatan of the agency's catalog (one per position id and agency). */
export interface PositionDoc {
  _id: string;
  agencyId: string;
  /** Jabatan id, the same id competency standards and appraisals use. */
  positionId: string;
  unitId: string;
  name: string;
  group: PositionGroup;
  /** Kelas jabatan 1–17. */
  grade: number;
  /** Key position (jabatan kunci / target jabatan) with a succession pool. */
  isKey: boolean;
  /** Competency codes the post demands most: a rotation here develops them. */
  competencies: string[];
  /** The position this one reports to, when known. */
  parentPositionId: string | null;
  active: boolean;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const PositionSchema = new Schema<PositionDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    positionId: { type: String, required: true },
    unitId: { type: String, required: true },
    name: { type: String, required: true },
    group: { type: String, required: true },
    grade: { type: Number, required: true },
    isKey: { type: Boolean, default: false },
    competencies: { type: [String], default: [] },
    parentPositionId: { type: String, default: null },
    active: { type: Boolean, default: true },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: POSITION_COLLECTION, versionKey: false },
);
PositionSchema.index({ agencyId: 1, positionId: 1 }, { unique: true });
PositionSchema.index({ agencyId: 1, unitId: 1 });
PositionSchema.plugin(tenantGuardPlugin);
