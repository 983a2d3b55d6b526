import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
  type OutboxFields,
} from '@jenjang/persistence';
import type { EmploymentType } from '@jenjang/contracts';
import type { CareerMove } from '../shared/domain/career-move';
import type { PositionRef } from '../shared/domain/position-ref';

export const PLACEMENT_COLLECTION = 'placements';

/** Who holds which jabatan from when to when, and their direct superior (atasan langsung). */
export interface PlacementDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  unitId: string;
  position: PositionRef;
  superiorEmployeeId: string | null;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD inclusive; null while it lasts. */
  validTo: string | null;
  move: CareerMove;
  /** Number of the SK (decree) of the placement, when known. */
  decreeNumber: string | null;
  /** PNS or PPPK; null (or absent on older placements) when not recorded: read as PNS. */
  employmentType?: EmploymentType | null;
  source: 'API' | 'IMPORT' | 'ROTATION';
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const PlacementSchema = new Schema<PlacementDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    unitId: { type: String, required: true },
    position: { type: Schema.Types.Mixed, required: true },
    superiorEmployeeId: { type: String, default: null },
    validFrom: { type: String, required: true },
    validTo: { type: String, default: null },
    move: { type: String, required: true },
    decreeNumber: { type: String, default: null },
    employmentType: { type: String, default: null },
    source: { type: String, required: true },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
    ...outboxSchemaFields,
  },
  { collection: PLACEMENT_COLLECTION, versionKey: false },
);
PlacementSchema.index({ agencyId: 1, employeeId: 1, validFrom: 1 });
PlacementSchema.index({ agencyId: 1, 'position.id': 1, validTo: 1 });
PlacementSchema.index({ agencyId: 1, superiorEmployeeId: 1, validTo: 1 });
PlacementSchema.plugin(tenantGuardPlugin);
